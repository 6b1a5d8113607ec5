package org.patchwork.platform.scheduling;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run once per occurrence however many instances of a service run. Every {@code @Scheduled} method
 * also carries {@link SchedulerLock}: before it runs, the instance takes the job's lock, a row of the service's own
 * {@code shedlock} table (ShedLock), and an instance that finds the lock held skips that occurrence. Lock times
 * come from the database's clock, so the instances' clocks need not agree. A lock is held for at least the job's
 * {@code lockAtLeastFor} (so that another instance firing the same occurrence a little later finds it held) and
 * at most its {@code lockAtMostFor} (so that an instance that died mid-job does not stop the job for good).
 * Platform tasks scheduled in code take their lock through the {@link LockingTaskExecutor}.
 */
@AutoConfiguration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class SchedulerLockAutoConfiguration {

    /** The service creates the table by a Flyway migration of its own. */
    public static final String LOCK_TABLE = "shedlock";

    @Bean
    @ConditionalOnMissingBean
    LockProvider lockProvider(DataSource dataSource) {
        return lockProvider(dataSource, JdbcTemplateLockProvider.Configuration.builder());
    }

    /** A lock provider on the service's database; {@code builder} may name the instance that holds the locks. */
    public static LockProvider lockProvider(DataSource dataSource,
                                            JdbcTemplateLockProvider.Configuration.Builder builder) {
        return new JdbcTemplateLockProvider(builder.withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(LOCK_TABLE).usingDbTime().build());
    }

    @Bean
    ScheduledJobRuns scheduledJobRuns(MeterRegistry meters) {
        return new ScheduledJobRuns(meters);
    }

    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider, ScheduledJobRuns runs) {
        return new DefaultLockingTaskExecutor(lockProvider, runs);
    }
}
