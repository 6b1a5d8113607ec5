package org.patchwork.schedule.report;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.schedule.ScheduleIntegrationTest;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency's visits by month over a dataset seeded for an agency of its own: exactly the dataset's figures, every
 * count under 5 left out of the answer, and only the agency's own managers and administrators get them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitReportTest extends ScheduleIntegrationTest {

    static final ZoneId ZONE = ZoneId.of("Europe/London");

    final String agency = "report-" + UUID.randomUUID().toString().substring(0, 8);
    final String otherAgency = "report-other-" + UUID.randomUUID().toString().substring(0, 8);
    Pro manager;
    Pro practitioner;
    Pro otherManager;
    YearMonth thisMonth;

    @BeforeAll
    void seed() {
        manager = professional(agency, "Sample", "Team Manager", "practitioner", "manager");
        practitioner = professional(agency, "Sample", "District Nurse");
        otherManager = professional(otherAgency, "Example", "Team Manager", "practitioner", "manager");
        UUID clientId = network(practitioner);

        Instant now = Instant.now();
        thisMonth = YearMonth.from(now.atZone(ZONE));
        Instant startOfThisMonth = thisMonth.atDay(1).atStartOfDay(ZONE).toInstant();
        // within this month and already past, whatever day of the month the test runs on
        Instant earlierThisMonth = startOfThisMonth.plus(Duration.between(startOfThisMonth, now).dividedBy(2));
        Instant lastMonth = thisMonth.minusMonths(1).atDay(10).atStartOfDay(ZONE).toInstant();
        Instant threeMonthsAgo = thisMonth.minusMonths(3).atDay(20).atStartOfDay(ZONE).toInstant();

        visits(6, clientId, practitioner.id(), agency, earlierThisMonth, "COMPLETED");
        visits(2, clientId, practitioner.id(), agency, earlierThisMonth, "NO_ACCESS");
        visits(3, clientId, practitioner.id(), agency, earlierThisMonth, "CANCELLED");
        visits(3, clientId, practitioner.id(), agency, lastMonth, "COMPLETED");
        visits(5, clientId, practitioner.id(), agency, lastMonth, "NO_ACCESS");
        visits(9, clientId, practitioner.id(), agency, threeMonthsAgo, "COMPLETED");
        visits(7, clientId, UUID.randomUUID(), otherAgency, earlierThisMonth, "COMPLETED");
    }

    @Test
    void eachMonthsVisitsAreTheSeededDatasetsWithSmallCountsLeftOut() {
        ResponseEntity<Map<String, Object>> answer = get("/api/reports/agencies/" + agency + "/visits?months=4",
                manager);

        assertThat(status(answer)).as("%s", answer.getBody()).isEqualTo(200);
        List<Map<String, Object>> months = months(answer);
        assertThat(months).extracting(month -> month.get("month")).containsExactly(
                thisMonth.minusMonths(3).toString(), thisMonth.minusMonths(2).toString(),
                thisMonth.minusMonths(1).toString(), thisMonth.toString());
        assertThat(count(months.get(0), "visits")).isEqualTo(9);
        assertSuppressed(months.get(0), "noAccess");
        assertSuppressed(months.get(1), "visits");
        assertSuppressed(months.get(1), "noAccess");
        assertSuppressed(months.get(2), "visits");
        assertThat(count(months.get(2), "noAccess")).isEqualTo(5);
        assertThat(count(months.get(3), "visits")).isEqualTo(6);
        assertSuppressed(months.get(3), "noAccess");
    }

    @Test
    void twelveMonthsUnlessAskedOtherwiseAndEveryCountUnderFiveLeftOut() {
        ResponseEntity<Map<String, Object>> answer = get("/api/reports/agencies/" + otherAgency + "/visits",
                otherManager);

        assertThat(status(answer)).isEqualTo(200);
        List<Map<String, Object>> months = months(answer);
        assertThat(months).hasSize(12);
        assertThat(count(months.get(11), "visits")).isEqualTo(7);
        for (Map<String, Object> month : months) {
            for (String figure : List.of("visits", "noAccess")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> value = (Map<String, Object>) month.get(figure);
                if (Boolean.TRUE.equals(value.get("suppressed"))) {
                    assertThat(value.get("count")).isNull();
                } else {
                    assertThat(((Number) value.get("count")).longValue()).isGreaterThanOrEqualTo(5);
                }
            }
        }
    }

    @Test
    void oneAgencysManagerCannotSeeAnotherAgencysVisits() {
        ResponseEntity<Map<String, Object>> answer = get("/api/reports/agencies/" + agency + "/visits", otherManager);

        assertThat(status(answer)).isEqualTo(403);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void aPractitionerWithoutTheRoleCannotSeeTheReport() {
        assertThat(status(get("/api/reports/agencies/" + agency + "/visits", practitioner))).isEqualTo(403);
    }

    @Test
    void aPeriodOutsideOneToTwentyFourMonthsIsRefused() {
        assertThat(status(get("/api/reports/agencies/" + agency + "/visits?months=25", manager))).isEqualTo(400);
        assertThat(status(get("/api/reports/agencies/" + agency + "/visits?months=0", manager))).isEqualTo(400);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> months(ResponseEntity<Map<String, Object>> answer) {
        return (List<Map<String, Object>>) answer.getBody().get("months");
    }

    @SuppressWarnings("unchecked")
    private static void assertSuppressed(Map<String, Object> month, String figure) {
        Map<String, Object> value = (Map<String, Object>) month.get(figure);
        assertThat(value.get("suppressed")).as(figure).isEqualTo(true);
        assertThat(value.get("count")).as(figure).isNull();
        assertThat(value.get("shown")).as(figure).isEqualTo("fewer than 5");
    }

    @SuppressWarnings("unchecked")
    private static long count(Map<String, Object> month, String figure) {
        Map<String, Object> value = (Map<String, Object>) month.get(figure);
        assertThat(value.get("suppressed")).as(figure).isEqualTo(false);
        return ((Number) value.get("count")).longValue();
    }

    private void visits(int howMany, UUID clientId, UUID visitorId, String visitorAgency, Instant startsAt,
                        String status) {
        for (int i = 0; i < howMany; i++) {
            jdbc.sql("""
                            INSERT INTO visit (id, client_id, visitor_professional_id, visitor_agency, kind, starts_at,
                                               duration_minutes, purpose, status, scheduled_by, created_at, updated_at)
                            VALUES (:id, :clientId, :visitorId, :agency, 'HOME_VISIT', :startsAt, 45,
                                    'Seeded for a report', :status, :visitorId, :startsAt, :startsAt)""")
                    .param("id", UUID.randomUUID()).param("clientId", clientId).param("visitorId", visitorId)
                    .param("agency", visitorAgency).param("startsAt", Timestamp.from(startsAt))
                    .param("status", status).update();
        }
    }
}
