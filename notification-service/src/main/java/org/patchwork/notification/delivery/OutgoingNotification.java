package org.patchwork.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/** A notification a dispatcher worker has claimed and is delivering. */
record OutgoingNotification(UUID id, UUID recipientId, Channel channel, String kind, String subject, String body,
                            String link, int attempts, Instant createdAt, Instant eventOccurredAt) {
}
