package org.patchwork.platform.events;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.patchwork.platform.scheduling.LockDatabase;
import org.patchwork.platform.scheduling.ScheduledJobRuns;
import org.patchwork.platform.scheduling.SchedulerLockAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two instances of a service on one database resubmit the incomplete publications once per interval. */
class IncompletePublicationResubmissionTest {

    private final DataSource database = LockDatabase.create();
    private final CountedResubmissions publications = new CountedResubmissions();
    private final EventsProperties everyFiveSeconds = new EventsProperties(Duration.ofSeconds(5), Duration.ofSeconds(10));

    @Test
    void twoInstancesResubmitOncePerInterval() throws Exception {
        IncompletePublicationResubmission first = instance("first");
        IncompletePublicationResubmission second = instance("second");

        CountDownLatch bothDue = new CountDownLatch(1);
        CompletableFuture<Void> firstRun = CompletableFuture.runAsync(() -> awaitThenRun(bothDue, first));
        CompletableFuture<Void> secondRun = CompletableFuture.runAsync(() -> awaitThenRun(bothDue, second));
        bothDue.countDown();
        CompletableFuture.allOf(firstRun, secondRun).get();

        assertThat(publications.resubmissions.get()).isEqualTo(1);

        second.run();
        first.run();

        assertThat(publications.resubmissions.get()).as("timers drifting within the same interval").isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(this::lockReleased);
        second.run();
        first.run();

        assertThat(publications.resubmissions.get()).as("the next interval").isEqualTo(2);
    }

    private IncompletePublicationResubmission instance(String name) {
        var lockProvider = SchedulerLockAutoConfiguration.lockProvider(database,
                JdbcTemplateLockProvider.Configuration.builder().withLockedByValue(name));
        var locks = new DefaultLockingTaskExecutor(lockProvider, new ScheduledJobRuns(new SimpleMeterRegistry()));
        return new IncompletePublicationResubmission(publications, locks, everyFiveSeconds);
    }

    private boolean lockReleased() {
        return new JdbcTemplate(database).queryForObject(
                "SELECT lock_until <= timezone('utc', now()) FROM shedlock WHERE name = ?", Boolean.class,
                IncompletePublicationResubmission.LOCK);
    }

    private static void awaitThenRun(CountDownLatch due, Runnable task) {
        try {
            due.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        task.run();
    }

    /** The outbox's registry as far as resubmission goes: counts how often it is asked to resubmit. */
    private static final class CountedResubmissions implements IncompleteEventPublications {

        final AtomicInteger resubmissions = new AtomicInteger();

        @Override
        public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
            resubmissions.incrementAndGet();
        }

        @Override
        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
            resubmissions.incrementAndGet();
        }

        @Override
        public void resubmitIncompletePublications(ResubmissionOptions options) {
            resubmissions.incrementAndGet();
        }
    }
}
