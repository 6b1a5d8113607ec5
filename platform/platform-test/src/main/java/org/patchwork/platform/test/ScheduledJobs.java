package org.patchwork.platform.test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A service's scheduled jobs, and a second instance of the service on the same database running them. */
public final class ScheduledJobs {

    private static final String RUNS = "patchwork.scheduled.job";

    private ScheduledJobs() {
    }

    /** Every {@code @Scheduled} method of the service's beans, with its {@code @SchedulerLock} if any. */
    public static List<Job> of(ApplicationContext context) {
        List<Job> jobs = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getPackageName().startsWith("org.patchwork")) {
                continue;
            }
            ReflectionUtils.doWithMethods(AopUtils.getTargetClass(context.getBean(name)),
                    method -> jobs.add(new Job(name, method,
                            AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class))),
                    method -> AnnotatedElementUtils.hasAnnotation(method, Scheduled.class));
        }
        return jobs;
    }

    /**
     * Checks that each of the service's scheduled jobs takes its lock, and that an occurrence fired while another
     * instance holds the lock is skipped here.
     */
    public static void assertEachRunsOnOneInstanceAtATime(ApplicationContext context, List<String> expectedLocks) {
        List<Job> jobs = of(context);
        assertThat(jobs).as("the scheduled jobs and their locks").allSatisfy(job -> assertThat(job.lock()).isNotNull())
                .extracting(job -> job.lock().name()).containsExactlyInAnyOrderElementsOf(expectedLocks);
        DataSource dataSource = context.getBean(DataSource.class);
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        for (Job job : jobs) {
            String name = job.lock().name();
            double ran = count(meters, name, "ran");
            double skipped = count(meters, name, "skipped");
            // Held by another instance, or by this instance's scheduler for an occurrence that fired meanwhile.
            Optional<SimpleLock> held = tryHold(dataSource, name, Duration.ofMinutes(1));
            try {
                job.runOn(context);
            } finally {
                held.ifPresent(SimpleLock::unlock);
            }
            assertThat(count(meters, name, "skipped")).as(job + " skipped while another instance runs it")
                    .isEqualTo(skipped + 1);
            assertThat(count(meters, name, "ran")).as(job + " not run here meanwhile").isEqualTo(ran);
        }
    }

    /**
     * Takes the lock of {@code job} in the service's {@code shedlock} table as another instance running the job
     * would, for {@code duration}, once this instance's own scheduler no longer holds it (an occurrence that fired
     * during the test); {@link SimpleLock#unlock()} releases it.
     */
    public static SimpleLock heldByAnotherInstance(DataSource dataSource, String job, Duration duration) {
        AtomicReference<SimpleLock> held = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                .until(() -> tryHold(dataSource, job, duration).map(lock -> {
                    held.set(lock);
                    return true;
                }).orElse(false));
        return held.get();
    }

    /** The lock of {@code job} taken as another instance would, or empty when someone already holds it. */
    private static Optional<SimpleLock> tryHold(DataSource dataSource, String job, Duration duration) {
        JdbcTemplateLockProvider otherInstance = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock").usingDbTime()
                .withLockedByValue("another-instance").build());
        return otherInstance.lock(new LockConfiguration(Instant.now(), job, duration, Duration.ZERO));
    }

    private static double count(MeterRegistry meters, String job, String outcome) {
        Counter counter = meters.find(RUNS).tags("job", job, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** A scheduled method of a bean and its lock ({@code null} when it takes none). */
    public record Job(String bean, Method method, SchedulerLock lock) {

        /** Fires the job as its scheduler would: through the bean as the context holds it. */
        public void runOn(ApplicationContext context) {
            ReflectionUtils.makeAccessible(method);
            try {
                method.invoke(context.getBean(bean));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Running " + this + " failed", e);
            }
        }

        @Override
        public String toString() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + (lock == null ? " (no lock)" : " (lock " + lock.name() + ")");
        }
    }
}
