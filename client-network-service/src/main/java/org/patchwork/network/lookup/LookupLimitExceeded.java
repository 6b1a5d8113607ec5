package org.patchwork.network.lookup;

import java.time.Duration;

/** The caller (or their agency) has used up their look-ups for now: {@code detail} says which and until when. */
public class LookupLimitExceeded extends RuntimeException {

    private final Duration retryAfter;

    LookupLimitExceeded(Duration retryAfter, String detail) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
