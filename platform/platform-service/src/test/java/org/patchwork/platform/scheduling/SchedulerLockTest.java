package org.patchwork.platform.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of a service (two application contexts) on one database, each scheduling the same job every two
 * seconds: each occurrence runs on one of them only.
 */
class SchedulerLockTest {

    /** The runs of both instances: which instance, when. */
    private static final Queue<Run> RUNS = new ConcurrentLinkedQueue<>();

    @Test
    void aJobScheduledOnTwoInstancesRunsOncePerOccurrence() {
        DataSource database = LockDatabase.create();
        try (AnnotationConfigApplicationContext first = instance("first", database);
             AnnotationConfigApplicationContext second = instance("second", database)) {

            MeterRegistry firstMeters = first.getBean(MeterRegistry.class);
            MeterRegistry secondMeters = second.getBean(MeterRegistry.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> RUNS.stream().map(Run::occurrence).distinct().count() >= 5);

            first.close();
            second.close();
            Map<Long, Long> runsPerOccurrence = RUNS.stream()
                    .collect(Collectors.groupingBy(Run::occurrence, Collectors.counting()));
            assertThat(runsPerOccurrence).allSatisfy((occurrence, runs) -> assertThat(runs).isEqualTo(1));
            assertThat(skipped(firstMeters) + skipped(secondMeters)).isGreaterThanOrEqualTo(runsPerOccurrence.size() - 1);
        }
    }

    private static double skipped(MeterRegistry meters) {
        var counter = meters.find(ScheduledJobRuns.METER)
                .tags("job", "every-two-seconds", "outcome", "skipped").counter();
        return counter == null ? 0 : counter.count();
    }

    private static AnnotationConfigApplicationContext instance(String name, DataSource database) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> database);
        context.registerBean(MeterRegistry.class, SimpleMeterRegistry::new);
        context.registerBean(EveryTwoSeconds.class, () -> new EveryTwoSeconds(name));
        context.register(SchedulerLockAutoConfiguration.class);
        context.refresh();
        return context;
    }

    record Run(String instance, Instant at) {

        /** The occurrence a run belongs to: its two-second slot. */
        long occurrence() {
            return at.getEpochSecond() / 2;
        }
    }

    static class EveryTwoSeconds {

        private final String instance;

        EveryTwoSeconds(String instance) {
            this.instance = instance;
        }

        @Scheduled(cron = "*/2 * * * * *")
        @SchedulerLock(name = "every-two-seconds", lockAtLeastFor = "PT1S", lockAtMostFor = "PT5S")
        public void run() {
            RUNS.add(new Run(instance, Instant.now()));
        }
    }
}
