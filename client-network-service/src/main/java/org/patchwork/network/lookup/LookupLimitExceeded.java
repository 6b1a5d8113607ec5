package org.patchwork.network.lookup;

import java.time.Duration;

import org.patchwork.platform.problem.TooManyRequests;

/** The caller (or their agency) has used up their look-ups for now: the message says which and until when. */
public class LookupLimitExceeded extends TooManyRequests {

    LookupLimitExceeded(Duration retryAfter, String detail) {
        super("too-many-lookups", retryAfter, detail);
    }
}
