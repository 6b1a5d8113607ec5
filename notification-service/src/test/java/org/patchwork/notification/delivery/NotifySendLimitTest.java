package org.patchwork.notification.delivery;

import java.util.UUID;
import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** GOV.UK Notify's limit holds for the service as a whole, however many instances send. */
class NotifySendLimitTest extends NotificationIntegrationTest {

    /** 600 a minute: ten requests at once, then one every tenth of a second. */
    private static final int MESSAGES_PER_MINUTE = 600;

    @Autowired
    DataSource dataSource;

    @Test
    void twoInstancesTogetherStayWithinTheOneLimit() {
        String apiKey = "test-key-" + UUID.randomUUID();
        // Time stands still, so no token comes back during the test.
        MovableClock stopped = new MovableClock();
        NotifySendLimit first = instance(apiKey, stopped);
        NotifySendLimit second = instance(apiKey, stopped);

        int allowed = 0;
        for (int request = 0; request < 20; request++) {
            if ((request % 2 == 0 ? first : second).tryAcquire()) {
                allowed++;
            }
        }

        assertThat(allowed).isEqualTo(10);
    }

    @Test
    void theLimitRefillsOverTheMinuteForEveryInstance() {
        String apiKey = "test-key-" + UUID.randomUUID();
        MovableClock clock = new MovableClock();
        NotifySendLimit first = instance(apiKey, clock);
        NotifySendLimit second = instance(apiKey, clock);
        for (int request = 0; request < 10; request++) {
            assertThat(first.tryAcquire()).isTrue();
        }
        assertThat(second.tryAcquire()).isFalse();

        clock.nanos += 100_000_000L;

        assertThat(second.tryAcquire()).as("a tenth of a second later").isTrue();
        assertThat(first.tryAcquire()).isFalse();
    }

    /** The limit as one instance of the service holds it: its own connection to the bucket in the database. */
    private NotifySendLimit instance(String apiKey, TimeMeter clock) {
        return new NotifySendLimit(NotifySendLimit.buckets(dataSource, clock), apiKey, MESSAGES_PER_MINUTE);
    }

    /** Bucket4j's clock, moved by the test. */
    private static final class MovableClock implements TimeMeter {

        long nanos = System.currentTimeMillis() * 1_000_000L;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
