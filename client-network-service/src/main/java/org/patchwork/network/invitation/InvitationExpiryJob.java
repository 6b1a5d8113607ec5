package org.patchwork.network.invitation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes {@code InvitationExpired} for invitations nobody answered within their lifetime: every five minutes on
 * the clock, on one instance of the service.
 */
@Component
class InvitationExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(InvitationExpiryJob.class);

    private final InvitationService invitations;

    InvitationExpiryJob(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Scheduled(cron = "${patchwork.network.invitation-expiry-cron:0 */5 * * * *}")
    @SchedulerLock(name = "invitation-expiry", lockAtLeastFor = "PT1M", lockAtMostFor = "PT15M")
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
