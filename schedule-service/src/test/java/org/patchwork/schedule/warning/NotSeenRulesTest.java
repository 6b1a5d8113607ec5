package org.patchwork.schedule.warning;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotSeenRulesTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aClientIsNotSeenOnceTheWholeThresholdHasPassed() {
        assertThat(NotSeenRules.notSeen(NOW.minus(Duration.ofDays(14)), NOW, 14)).isTrue();
        assertThat(NotSeenRules.notSeen(NOW.minus(Duration.ofDays(14)).plusSeconds(1), NOW, 14)).isFalse();
        assertThat(NotSeenRules.notSeen(NOW.minus(Duration.ofDays(30)), NOW, 14)).isTrue();
        assertThat(NotSeenRules.notSeen(NOW.minus(Duration.ofDays(2)), NOW, 3)).isFalse();
    }

    @Test
    void daysAreWholeAndNeverNegative() {
        assertThat(NotSeenRules.daysBetween(NOW.minus(Duration.ofHours(47)), NOW)).isEqualTo(1);
        assertThat(NotSeenRules.daysBetween(NOW.plusSeconds(60), NOW)).isZero();
    }
}
