package org.patchwork.platform.reporting;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportedCountTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 4})
    void aCountUnderFiveIsNeverGivenOnlySaidToBeFewerThanFive(long count) {
        ReportedCount reported = ReportedCount.of(count);

        assertThat(reported.count()).isNull();
        assertThat(reported.suppressed()).isTrue();
        assertThat(reported.shown()).isEqualTo("fewer than 5");
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 120})
    void aCountOfFiveOrMoreIsGivenAsItIs(long count) {
        ReportedCount reported = ReportedCount.of(count);

        assertThat(reported.count()).isEqualTo(count);
        assertThat(reported.suppressed()).isFalse();
        assertThat(reported.shown()).isEqualTo(Long.toString(count));
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -5})
    void aNegativeCountIsAMistake(long count) {
        assertThatThrownBy(() -> ReportedCount.of(count)).isInstanceOf(IllegalArgumentException.class);
    }
}
