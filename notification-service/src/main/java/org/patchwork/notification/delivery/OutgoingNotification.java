package org.patchwork.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.notification.preference.Channel;

/**
 * A notification a dispatcher worker has claimed and is delivering.
 *
 * @param outcomeUnknown an earlier attempt may have reached the provider (it timed out, its connection broke, or
 *                       its dispatcher died mid-send)
 * @param traceparent    the W3C trace context of the event it was made from, so its delivery continues that trace
 */
record OutgoingNotification(UUID id, UUID recipientId, Channel channel, String kind, String subject, String body,
                            String link, int attempts, Instant createdAt, Instant eventOccurredAt,
                            boolean outcomeUnknown, String traceparent) {
}
