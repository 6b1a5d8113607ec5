package org.patchwork.network.overview;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the schedule copy to what the caseload can show: visits that started more than
 * {@code patchwork.network.schedule-copy-visits-kept-for} ago (30 days) are forgotten. The caseload shows only
 * visits not yet over (a visit lasts 12 hours at most); a visit's row is kept well past that so that an event about
 * it reaching this service late (the outbox resubmits within minutes) still finds the newer state and changes
 * nothing. The latest contact per client is one row each and is kept. Every six hours, on one instance.
 */
@Component
class ScheduleCopyPruningJob {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCopyPruningJob.class);

    private final ScheduleCopy copy;
    private final Clock clock;
    private final Duration keptFor;

    ScheduleCopyPruningJob(ScheduleCopy copy, Clock clock,
                           @Value("${patchwork.network.schedule-copy-visits-kept-for:30d}") Duration keptFor) {
        this.copy = copy;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    @Scheduled(cron = "${patchwork.network.schedule-copy-prune-cron:0 20 */6 * * *}")
    @SchedulerLock(name = "schedule-copy-pruning", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void forgetPastVisits() {
        int forgotten = copy.forgetVisitsStartedBefore(clock.instant().minus(keptFor));
        if (forgotten > 0) {
            log.info("Forgot {} visits of the schedule copy that started over {} ago", forgotten, keptFor);
        }
    }
}
