package org.patchwork.network.invitation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes {@code InvitationExpired} for invitations nobody answered within their lifetime. */
@Component
class InvitationExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(InvitationExpiryJob.class);

    private final InvitationService invitations;

    InvitationExpiryJob(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Scheduled(fixedDelayString = "${patchwork.network.invitation-expiry-check-every:PT5M}",
            initialDelayString = "${patchwork.network.invitation-expiry-check-every:PT5M}")
    void expireOverdueInvitations() {
        int expired;
        do {
            expired = invitations.expireOverdue();
            if (expired > 0) {
                log.info("Expired {} unanswered invitations", expired);
            }
        } while (expired == InvitationService.EXPIRY_BATCH);
    }
}
