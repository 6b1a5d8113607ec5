package org.patchwork.network.config;

import java.time.Clock;
import java.time.Duration;

import org.patchwork.platform.limits.RateLimits;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets the counters of rate-limit windows that ended over a day ago. */
@Component
class RateLimitPruningJob {

    private final RateLimits limits;
    private final Clock clock;

    RateLimitPruningJob(RateLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void forgetEndedWindows() {
        limits.forgetWindowsEndedBefore(clock.instant().minus(Duration.ofDays(1)));
    }
}
