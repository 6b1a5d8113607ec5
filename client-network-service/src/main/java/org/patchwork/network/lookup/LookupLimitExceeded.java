package org.patchwork.network.lookup;

import java.time.Duration;

/** The caller has used up their look-ups for now. */
public class LookupLimitExceeded extends RuntimeException {

    private final Duration retryAfter;

    LookupLimitExceeded(Duration retryAfter) {
        super("Too many look-ups");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
