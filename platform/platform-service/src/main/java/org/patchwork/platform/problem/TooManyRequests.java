package org.patchwork.platform.problem;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * A rate limit refused the request: answered 429 with a {@code Retry-After} header and a problem of {@code type}
 * whose detail is this exception's message (which limit, and when to try again).
 */
public class TooManyRequests extends PatchworkException {

    private final Duration retryAfter;

    public TooManyRequests(String type, Duration retryAfter, String detail) {
        super(HttpStatus.TOO_MANY_REQUESTS, type, detail);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait before trying again, at least one. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    /** Whole seconds to wait for a duration, at least one. */
    public static long seconds(Duration retryAfter) {
        return Math.max(1, retryAfter.toSeconds() + 1);
    }
}
