package org.patchwork.directory.search;

import java.time.Duration;
import java.util.List;

import org.patchwork.directory.config.DirectoryProperties;
import org.patchwork.platform.limits.RateLimits;
import org.patchwork.platform.limits.RateLimits.Limit;
import org.patchwork.platform.problem.TooManyRequests;
import org.patchwork.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * How many searches one professional may make: plenty for finding colleagues, far too few to copy the directory out
 * page by page. Counted in the database, so the limits hold across restarts and instances.
 */
@Component
class SearchLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RateLimits limits;
    private final DirectoryProperties properties;

    SearchLimits(RateLimits limits, DirectoryProperties properties) {
        this.limits = limits;
        this.properties = properties;
    }

    void acquire(Caller caller) {
        RateLimits.Use use = limits.take(List.of(
                new Limit("search:professional-minute:" + caller.subject(), properties.searchesPerMinute(), MINUTE),
                new Limit("search:professional-day:" + caller.subject(), properties.searchesPerDay(),
                        Duration.ofDays(1))));
        if (!use.allowed()) {
            long seconds = TooManyRequests.seconds(use.retryAfter());
            throw new TooManyRequests("too-many-searches", use.retryAfter(), use.refusedBy().orElseThrow().window().equals(MINUTE)
                    ? "You have made too many directory searches in the last minute. Try again in " + seconds + " s."
                    : "You have reached your limit of " + properties.searchesPerDay()
                            + " directory searches today. Searching is possible again from midnight (UTC).");
        }
    }
}
