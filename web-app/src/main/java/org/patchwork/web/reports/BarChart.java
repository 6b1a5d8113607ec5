package org.patchwork.web.reports;

import java.util.ArrayList;
import java.util.List;

import org.patchwork.web.api.ClientNetworkApi.ReportedCount;

/**
 * A bar chart laid out for the page to draw as SVG: one group of bars per category, one bar per series. A count
 * the service left out (under 5) gets no bar, only a "<5" mark on the axis, so the picture cannot show it either;
 * the table beside the chart gives every figure in words.
 *
 * @param id          the chart's id on the page (its title and description ids start with it)
 * @param title       what the chart shows
 * @param description the chart's figures in one sentence, for screen readers
 * @param series      the series, in legend order
 * @param groups      the categories with their bars
 * @param max         the value the top of the chart stands for
 */
public record BarChart(String id, String title, String description, List<Series> series, List<Group> groups,
                       long max) {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 280;
    private static final int LEFT = 44;
    private static final int TOP = 16;
    private static final int BOTTOM = 48;
    private static final String[] COLOURS = {"#1d70b8", "#912b88"};

    public record Series(String name, String colour) {
    }

    public record Group(String label, int labelX, List<Bar> bars) {
    }

    /** A bar: {@code height} 0 and {@code suppressed} when the count is under 5. */
    public record Bar(String series, String shown, boolean suppressed, int x, int y, int width, int height,
                      String colour) {
    }

    public record Tick(long value, int y) {
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int right() {
        return WIDTH - 8;
    }

    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        long step = Math.max(1, niceStep(max / 4.0));
        for (long value = 0; value <= max; value += step) {
            ticks.add(new Tick(value, yOf(value, max)));
        }
        return ticks;
    }

    /** The chart of these categories, each with one count per series (in the order of {@code seriesNames}). */
    static BarChart of(String id, String title, String description, List<String> seriesNames,
                       List<String> categories, List<List<ReportedCount>> counts) {
        long largest = counts.stream().flatMap(List::stream)
                .mapToLong(count -> count.count() == null ? 0 : count.count()).max().orElse(0);
        long max = Math.max(5, niceStep(largest / 4.0) * 4);
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < seriesNames.size(); i++) {
            series.add(new Series(seriesNames.get(i), COLOURS[i % COLOURS.length]));
        }
        int plotWidth = WIDTH - LEFT - 8;
        int groupWidth = plotWidth / Math.max(1, categories.size());
        int barWidth = Math.max(4, (int) (groupWidth * 0.7 / series.size()));
        List<Group> groups = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            int groupStart = LEFT + c * groupWidth + (groupWidth - barWidth * series.size()) / 2;
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                ReportedCount count = counts.get(c).get(s);
                long value = count.count() == null ? 0 : count.count();
                int top = yOf(value, max);
                bars.add(new Bar(series.get(s).name(), count.shown(), count.suppressed(), groupStart + s * barWidth,
                        top, barWidth - 2, HEIGHT - BOTTOM - top, series.get(s).colour()));
            }
            groups.add(new Group(categories.get(c), LEFT + c * groupWidth + groupWidth / 2, bars));
        }
        return new BarChart(id, title, description, series, groups, max);
    }

    private static int yOf(long value, long max) {
        int plotHeight = HEIGHT - TOP - BOTTOM;
        return (int) Math.round(HEIGHT - BOTTOM - (double) value / max * plotHeight);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    private static long niceStep(double rough) {
        long power = 1;
        while (power * 10 <= rough) {
            power *= 10;
        }
        for (long multiple : new long[] {1, 2, 5, 10}) {
            if (power * multiple >= rough) {
                return power * multiple;
            }
        }
        return power * 10;
    }
}
