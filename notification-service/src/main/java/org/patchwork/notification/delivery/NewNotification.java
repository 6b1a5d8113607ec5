package org.patchwork.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.notification.preference.Channel;

/**
 * A notification to record in the outbox; {@code (eventId, recipientId, channel)} is sent at most once.
 *
 * @param notBefore       the earliest it may go out (quiet hours)
 * @param eventOccurredAt when the fact behind it happened, to measure how long alerts take
 */
public record NewNotification(UUID eventId, UUID recipientId, Channel channel, String kind, boolean urgent,
                              UUID clientId, String subject, String body, String link, boolean awaitingDigest,
                              Instant notBefore, Instant eventOccurredAt, Instant createdAt) {
}
