package org.patchwork.network.config;

import java.time.Duration;

/**
 * A rate limit refused the request: answered 429 with {@code Retry-After} and a problem of {@code type} whose detail
 * is this exception's message.
 */
public class TooManyRequests extends RuntimeException {

    private final String type;
    private final Duration retryAfter;

    public TooManyRequests(String type, Duration retryAfter, String detail) {
        super(detail);
        this.type = type;
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one. */
    public static long seconds(Duration retryAfter) {
        return Math.max(1, retryAfter.toSeconds() + 1);
    }

    String type() {
        return type;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
