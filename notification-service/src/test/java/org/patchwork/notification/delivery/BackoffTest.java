package org.patchwork.notification.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), 0.5);

    @Test
    void waitsDoubleWithEachFailureUpToTheCap() {
        assertThat(backoff.delayAfter(1, 1.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delayAfter(2, 1.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(4, 1.0)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.delayAfter(20, 1.0)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delayAfter(1_000, 1.0)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void jitterTakesUpToItsShareOffEachWait() {
        assertThat(backoff.delayAfter(2, 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delayAfter(2, 0.5)).isEqualTo(Duration.ofMillis(7_500));
        assertThat(new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), 0).delayAfter(2, 0.3))
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void jitterOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
