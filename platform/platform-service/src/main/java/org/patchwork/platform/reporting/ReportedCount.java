package org.patchwork.platform.reporting;

/**
 * A count as a report may give it: a count under {@value #THRESHOLD} (zero included) is never given, only said to
 * be "fewer than 5", so that no report, however it is combined with others, can single out a client. The count is
 * left out of the answer itself ({@code count} is null), not merely hidden on a page.
 *
 * @param count      the count, or null when it is suppressed
 * @param suppressed whether the count is under the threshold and so not given
 * @param shown      how the count reads: the number, or "fewer than 5"
 */
public record ReportedCount(Long count, boolean suppressed, String shown) {

    public static final int THRESHOLD = 5;
    public static final String FEWER_THAN_THRESHOLD = "fewer than " + THRESHOLD;

    public static ReportedCount of(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + count);
        }
        return count < THRESHOLD
                ? new ReportedCount(null, true, FEWER_THAN_THRESHOLD)
                : new ReportedCount(count, false, Long.toString(count));
    }
}
