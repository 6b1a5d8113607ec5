package org.patchwork.schedule.warning;

import java.time.Duration;
import java.time.Instant;

/** When a client counts as not seen: nobody has seen them for the threshold's number of whole days or more. */
public final class NotSeenRules {

    private NotSeenRules() {
    }

    /** Whole days from {@code since} to {@code now}. */
    public static long daysBetween(Instant since, Instant now) {
        return Math.max(0, Duration.between(since, now).toDays());
    }

    /**
     * @param lastSeen    when someone last saw the client, or when the network began if nobody has
     * @param threshold   days without being seen that should worry the network
     */
    public static boolean notSeen(Instant lastSeen, Instant now, int threshold) {
        return daysBetween(lastSeen, now) >= threshold;
    }
}
