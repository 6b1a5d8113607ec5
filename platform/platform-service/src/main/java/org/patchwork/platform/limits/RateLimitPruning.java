package org.patchwork.platform.limits;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/** Forgets the counters of rate-limit windows that ended over a day ago: hourly, on one instance. */
public class RateLimitPruning {

    private final RateLimits limits;
    private final Clock clock;

    public RateLimitPruning(RateLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Scheduled(cron = "0 40 * * * *")
    @SchedulerLock(name = "rate-limit-pruning", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void forgetEndedWindows() {
        limits.forgetWindowsEndedBefore(clock.instant().minus(Duration.ofDays(1)));
    }
}
