package org.patchwork.network.config;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.platform.limits.RateLimitPruning;
import org.patchwork.platform.test.ScheduledJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** With two or more instances of the service on one database, each occurrence of a scheduled job runs on one. */
class ScheduledJobsTest extends NetworkIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    RateLimitPruning rateLimitPruning;

    @Test
    void eachScheduledJobIsSkippedWhileAnotherInstanceRunsIt() {
        ScheduledJobs.assertEachRunsOnOneInstanceAtATime(context,
                List.of("invitation-expiry", "schedule-copy-pruning", "rate-limit-pruning", "involvement-freshness",
                        "closed-client-erasure"));
    }

    @Test
    void endedRateLimitWindowsAreForgottenByTheInstanceThatHoldsTheLock() {
        jdbc.sql("""
                INSERT INTO rate_limit_window (limit_key, window_start, window_end, used)
                VALUES ('test:ended-long-ago', now() - interval '3 days', now() - interval '2 days', 7)""").update();

        SimpleLock otherInstance = ScheduledJobs.heldByAnotherInstance(dataSource, "rate-limit-pruning",
                Duration.ofMinutes(1));
        rateLimitPruning.forgetEndedWindows();

        assertThat(endedWindowKept()).as("left to the instance holding the lock").isTrue();

        otherInstance.unlock();
        rateLimitPruning.forgetEndedWindows();

        assertThat(endedWindowKept()).as("forgotten once this instance takes the lock").isFalse();
    }

    private boolean endedWindowKept() {
        return jdbc.sql("SELECT count(*) FROM rate_limit_window WHERE limit_key = 'test:ended-long-ago'")
                .query(Long.class).single() > 0;
    }
}
