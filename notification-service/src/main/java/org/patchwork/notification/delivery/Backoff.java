package org.patchwork.notification.delivery;

import java.time.Duration;

/**
 * The wait before retrying a notification: exponential from {@code initial}, capped at {@code max}, with a share
 * {@code jitter} of each wait drawn at random so that alerts failing together do not retry together.
 */
public record Backoff(Duration initial, Duration max, double jitter) {

    public Backoff {
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, not " + jitter);
        }
    }

    /**
     * @param failedAttempts how many attempts have failed so far (1 after the first failure)
     * @param random         a number in [0, 1)
     */
    public Duration delayAfter(int failedAttempts, double random) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        double exponential = Math.min(initial.toMillis() * Math.pow(2, doublings), max.toMillis());
        return Duration.ofMillis(Math.round(exponential * (1 - jitter) + exponential * jitter * random));
    }
}
