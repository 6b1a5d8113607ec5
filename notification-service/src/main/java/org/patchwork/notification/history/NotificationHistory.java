package org.patchwork.notification.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of what was sent to a professional, newest first.
 *
 * @param totalItems how many notifications there are in all
 */
public record NotificationHistory(List<Item> items, int page, int size, long totalItems) {

    /**
     * @param status PENDING, SENDING, SENT, FAILED (being retried), DEAD (could not be delivered),
     *               AWAITING_DIGEST or DIGESTED (sent inside the daily digest)
     */
    public record Item(UUID id, String kind, String channel, String subject, String status, int attempts,
                       Instant createdAt, Instant sentAt) {
    }
}
