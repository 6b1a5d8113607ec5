package org.patchwork.schedule.report;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.reporting.ReportedCount;
import org.patchwork.platform.security.Caller;
import org.patchwork.schedule.config.ScheduleProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An agency's visits by month, for its own managers and administrators only. */
@Service
class VisitReportService {

    static final int MAX_MONTHS = 24;

    private final VisitReportRepository repository;
    private final ScheduleProperties properties;
    private final Clock clock;

    VisitReportService(VisitReportRepository repository, ScheduleProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    MonthlyVisits visits(Caller caller, String agency, int months) {
        if (!(caller.hasRole(Caller.AGENCY_ADMIN) || caller.hasRole(Caller.MANAGER)) || !caller.worksFor(agency)) {
            throw PatchworkException.forbidden("Only the agency's own managers and administrators see its report.");
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw PatchworkException.invalid("months must be between 1 and " + MAX_MONTHS + ".");
        }
        Instant now = clock.instant();
        YearMonth current = YearMonth.from(now.atZone(properties.zone()));
        YearMonth first = current.minusMonths(months - 1L);
        Instant from = first.atDay(1).atStartOfDay(properties.zone()).toInstant();
        Instant to = current.plusMonths(1).atDay(1).atStartOfDay(properties.zone()).toInstant();
        Map<YearMonth, VisitReportRepository.Counts> counted = repository.visitsByMonth(agency, from, to,
                properties.zone());
        List<MonthlyVisits.Month> byMonth = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            VisitReportRepository.Counts counts = counted.getOrDefault(month, new VisitReportRepository.Counts(0, 0));
            byMonth.add(new MonthlyVisits.Month(month, ReportedCount.of(counts.completed()),
                    ReportedCount.of(counts.noAccess())));
        }
        return new MonthlyVisits(agency, now, byMonth);
    }
}
