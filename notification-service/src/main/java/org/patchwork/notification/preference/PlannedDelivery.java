package org.patchwork.notification.preference;

import java.time.Instant;


/**
 * One channel an alert goes out on, and when.
 *
 * @param awaitingDigest whether it waits for the daily digest instead of going out on its own
 * @param notBefore      the earliest it may be sent (the end of quiet hours for a non-urgent SMS)
 */
public record PlannedDelivery(Channel channel, boolean awaitingDigest, Instant notBefore) {
}
