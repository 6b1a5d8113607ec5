package org.patchwork.notification.subjectaccess;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The notification service's part of a subject access export: the alerts sent about the client. Never their
 * subject or body (written for their recipients, third parties to the client), nor who received them beyond their
 * agency and role.
 *
 * @param alerts oldest first
 */
public record AlertsHeld(UUID clientId, List<Alert> alerts) {

    /**
     * @param recipientRole  LEAD, MEMBER or OUTSIDE_THE_TEAM (an invitee, or a member whose membership had just
     *                       ended) when it was sent; {@code null} for alerts recorded before roles were kept
     * @param recipientAgency the code of the recipient's agency
     * @param status          e.g. SENT, DELIVERED, FAILED, COALESCED (not sent: one like it had just gone)
     */
    public record Alert(String kind, String channel, Instant createdAt, Instant sentAt, String status,
                        String recipientRole, String recipientAgency) {
    }
}
