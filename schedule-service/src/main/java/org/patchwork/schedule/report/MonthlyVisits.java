package org.patchwork.schedule.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.patchwork.platform.reporting.ReportedCount;

/**
 * The visits an agency's staff made, month by month (months of the service's local time zone), oldest first, for
 * the agency's managers and administrators: counts only, every count under 5 given as "fewer than 5".
 *
 * @param agency      the agency whose staff were the visitors
 * @param generatedAt when the figures were counted
 * @param months      one entry per month, the current month last, months without visits included
 */
record MonthlyVisits(String agency, Instant generatedAt, List<Month> months) {

    /**
     * @param month    the month
     * @param visits   visits that took place (completed)
     * @param noAccess visits where the visitor could not get in
     */
    record Month(YearMonth month, ReportedCount visits, ReportedCount noAccess) {
    }
}
