package org.patchwork.schedule.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Visits counted by month and outcome, for one agency's visitors. */
@Repository
class VisitReportRepository {

    private final JdbcClient jdbc;

    VisitReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Completed and no-access visits that started in {@code [from, to)}, by month of the zone. */
    Map<YearMonth, Counts> visitsByMonth(String agency, Instant from, Instant to, ZoneId zone) {
        Map<YearMonth, Counts> byMonth = new HashMap<>();
        jdbc.sql("""
                        SELECT to_char(starts_at AT TIME ZONE :zone, 'YYYY-MM') AS month,
                               count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                               count(*) FILTER (WHERE status = 'NO_ACCESS') AS no_access
                        FROM visit
                        WHERE visitor_agency = :agency AND starts_at >= :from AND starts_at < :to
                          AND status IN ('COMPLETED', 'NO_ACCESS')
                        GROUP BY 1""")
                .param("zone", zone.getId())
                .param("agency", agency)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> byMonth.put(YearMonth.parse(rs.getString("month")),
                        new Counts(rs.getLong("completed"), rs.getLong("no_access"))))
                .list();
        return byMonth;
    }

    record Counts(long completed, long noAccess) {
    }
}
