package org.patchwork.web.reports;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchwork.web.api.ClientNetworkApi.ReportedCount;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {

    static final ReportedCount FEWER = new ReportedCount(null, true, "fewer than 5");

    static ReportedCount given(long count) {
        return new ReportedCount(count, false, Long.toString(count));
    }

    @Test
    void aCountLeftOutGetsNoBarAndTheTallestBarFitsTheScale() {
        BarChart chart = BarChart.of("chart", "Visits", "Visits by month", List.of("Visits", "No access"),
                List.of("Nov", "Dec"), List.of(List.of(given(37), FEWER), List.of(given(12), given(5))));

        BarChart.Bar tallest = chart.groups().get(0).bars().get(0);
        BarChart.Bar leftOut = chart.groups().get(0).bars().get(1);
        assertThat(leftOut.suppressed()).isTrue();
        assertThat(leftOut.height()).isZero();
        assertThat(leftOut.shown()).isEqualTo("fewer than 5");
        assertThat(chart.max()).isGreaterThanOrEqualTo(37);
        assertThat(tallest.y()).isGreaterThanOrEqualTo(0);
        assertThat(tallest.height()).isGreaterThan(chart.groups().get(1).bars().get(0).height());
        assertThat(chart.ticks()).first().extracting(BarChart.Tick::value).isEqualTo(0L);
        assertThat(chart.ticks()).last().extracting(BarChart.Tick::value).isEqualTo(chart.max());
    }

    @Test
    void withEveryCountLeftOutTheScaleStillStandsAndNoBarIsDrawn() {
        BarChart chart = BarChart.of("chart", "Clients", "All small", List.of("Clients"), List.of("Supported", "Led"),
                List.of(List.of(FEWER), List.of(FEWER)));

        assertThat(chart.max()).isEqualTo(5);
        assertThat(chart.groups()).flatExtracting(BarChart.Group::bars).allMatch(bar -> bar.height() == 0);
    }
}
