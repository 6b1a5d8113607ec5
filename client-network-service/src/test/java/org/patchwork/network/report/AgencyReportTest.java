package org.patchwork.network.report;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.network.NetworkIntegrationTest;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency's report over a dataset seeded for an agency of its own: the figures are exactly the dataset's, every
 * count under 5 is left out of the answer, and only the agency's own managers and administrators get it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyReportTest extends NetworkIntegrationTest {

    final String agency = "report-" + UUID.randomUUID().toString().substring(0, 8);
    final String otherAgency = "report-other-" + UUID.randomUUID().toString().substring(0, 8);
    Pro manager;
    Pro administrator;
    Pro practitioner;
    Pro otherManager;

    @BeforeAll
    void seed() {
        manager = professional(agency, "Sample", "Team Manager", "practitioner", "manager");
        administrator = professional(agency, "Sample", "Agency Admin", "agency-admin");
        practitioner = professional(agency, "Sample", "Youth Worker", "practitioner");
        otherManager = professional(otherAgency, "Example", "Team Manager", "practitioner", "manager");

        Instant now = Instant.now();
        UUID staffA = UUID.randomUUID();
        UUID staffB = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        contact(staffA, agency);
        contact(staffB, agency);
        contact(outsider, otherAgency);

        // seven open clients the agency supports; it leads six of them (two of its staff are on the first)
        List<UUID> supported = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UUID client = client("OPEN", now.minus(Duration.ofDays(100)));
            supported.add(client);
            if (i < 6) {
                membership(client, staffA, agency, "LEAD", null, null);
            } else {
                membership(client, outsider, otherAgency, "LEAD", null, null);
                membership(client, staffA, agency, "MEMBER", null, null);
            }
        }
        membership(supported.get(0), staffB, agency, "MEMBER", null, now.minus(Duration.ofDays(2)));
        membership(supported.get(1), staffB, agency, "MEMBER", null, now.minus(Duration.ofDays(2)));
        membership(supported.get(2), staffB, agency, "MEMBER", null, now.minus(Duration.ofDays(2)));
        // not counted: a closed client, and a membership that ended
        membership(client("CLOSED", now.minus(Duration.ofDays(100))), staffA, agency, "LEAD", null, null);
        membership(client("OPEN", now.minus(Duration.ofDays(100))), staffB, agency, "LEAD", now, null);
        // the other agency's own client, which its figures hold and this agency's do not
        membership(client("OPEN", now.minus(Duration.ofDays(100))), outsider, otherAgency, "LEAD", null, null);

        // five supported clients last seen 30 days ago, one 2 days ago, one never (registered 100 days ago)
        for (int i = 0; i < 5; i++) {
            lastSeen(supported.get(i), now.minus(Duration.ofDays(30)));
        }
        lastSeen(supported.get(5), now.minus(Duration.ofDays(2)));

        // invitations to the agency's staff: six accepted (five within two hours, one after three days), two
        // declined after ten days, one expired, four pending; and one to the other agency's staff
        UUID client = supported.get(0);
        for (int i = 0; i < 5; i++) {
            invitation(client, staffA, "ACCEPTED", now.minus(Duration.ofDays(20)), Duration.ofHours(2));
        }
        invitation(client, staffA, "ACCEPTED", now.minus(Duration.ofDays(20)), Duration.ofDays(3));
        invitation(client, staffB, "DECLINED", now.minus(Duration.ofDays(40)), Duration.ofDays(10));
        invitation(client, staffB, "DECLINED", now.minus(Duration.ofDays(40)), Duration.ofDays(10));
        invitation(client, staffB, "EXPIRED", now.minus(Duration.ofDays(60)), null);
        for (int i = 0; i < 4; i++) {
            // one pending invitation per client and invitee
            invitation(supported.get(i), staffA, "PENDING", now.minus(Duration.ofDays(1)), null);
        }
        invitation(client, outsider, "ACCEPTED", now.minus(Duration.ofDays(5)), Duration.ofHours(1));
        // older than the twelve months the report looks back over
        invitation(client, staffA, "ACCEPTED", now.minus(Duration.ofDays(400)), Duration.ofHours(1));
    }

    @Test
    void theFiguresAreExactlyTheSeededDatasetsWithSmallCountsLeftOut() {
        ResponseEntity<Map<String, Object>> answer = get("/api/reports/agencies/" + agency, manager);

        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
        Map<String, Object> report = answer.getBody();
        assertThat(report.get("agency")).isEqualTo(agency);
        assertThat(report.get("notSeenDays")).isEqualTo(14);
        assertThat(count(report, "clientsSupported")).isEqualTo(7);
        assertThat(count(report, "networksLed")).isEqualTo(6);
        // five last seen 30 days ago, and one never seen since its registration 100 days ago
        assertThat(count(report, "clientsNotSeen")).isEqualTo(6);
        assertSuppressed(report, "membershipsAwaitingConfirmation");
        Map<String, Object> invitations = map(report, "invitations");
        assertThat(count(invitations, "sent")).isEqualTo(13);
        assertThat(count(invitations, "accepted")).isEqualTo(6);
        assertSuppressed(invitations, "declined");
        assertSuppressed(invitations, "expired");
        assertSuppressed(invitations, "pending");
        assertThat(count(invitations, "answeredWithinDay")).isEqualTo(5);
        assertSuppressed(invitations, "answeredWithinWeek");
        assertSuppressed(invitations, "answeredLater");
        assertThat(((Number) invitations.get("medianHoursToAnswer")).longValue()).isEqualTo(2);
        assertThat((String) report.get("_raw")).as("aggregates only: no client or professional is named")
                .doesNotContain("Sample").doesNotContain("Example");
    }

    @Test
    void everyCountUnderFiveIsLeftOutOfTheAnswerItself() {
        ResponseEntity<Map<String, Object>> answer = get("/api/reports/agencies/" + agency + "?notSeenDays=60",
                administrator);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        // only the client never seen since its registration 100 days ago
        assertSuppressed(answer.getBody(), "clientsNotSeen");
        assertEveryCountUnderFiveSuppressed(answer.getBody());
        assertEveryCountUnderFiveSuppressed(get("/api/reports/agencies/" + otherAgency, otherManager).getBody());
    }

    @Test
    void aMedianOfFewerThanFiveAnswersIsNotGiven() {
        ResponseEntity<Map<String, Object>> answer = get("/api/reports/agencies/" + otherAgency, otherManager);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertSuppressed(answer.getBody(), "clientsSupported");
        assertThat(map(answer.getBody(), "invitations").get("medianHoursToAnswer")).isNull();
    }

    @Test
    void oneAgencysManagerCannotSeeAnotherAgencysFigures() {
        ResponseEntity<Map<String, Object>> answer = get("/api/reports/agencies/" + agency, otherManager);

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat((String) answer.getBody().get("_raw")).doesNotContain("clientsSupported");
    }

    @Test
    void aPractitionerWithoutTheRoleCannotSeeTheReport() {
        assertThat(get("/api/reports/agencies/" + agency, practitioner).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aThresholdOutsideOneToThreeHundredAndSixtyFiveDaysIsRefused() {
        ResponseEntity<Map<String, Object>> answer = get("/api/reports/agencies/" + agency + "?notSeenDays=0",
                manager);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    /** Walks the whole answer: no figure under 5 appears anywhere in it. */
    @SuppressWarnings("unchecked")
    private static void assertEveryCountUnderFiveSuppressed(Map<String, Object> node) {
        node.forEach((key, value) -> {
            if (value instanceof Map<?, ?> child) {
                Map<String, Object> figure = (Map<String, Object>) child;
                if (figure.containsKey("suppressed")) {
                    Object count = figure.get("count");
                    if (Boolean.TRUE.equals(figure.get("suppressed"))) {
                        assertThat(count).as(key).isNull();
                        assertThat(figure.get("shown")).as(key).isEqualTo("fewer than 5");
                    } else {
                        assertThat(((Number) count).longValue()).as(key).isGreaterThanOrEqualTo(5);
                    }
                } else {
                    assertEveryCountUnderFiveSuppressed(figure);
                }
            }
        });
    }

    private static void assertSuppressed(Map<String, Object> report, String figure) {
        Map<String, Object> value = map(report, figure);
        assertThat(value.get("suppressed")).as(figure).isEqualTo(true);
        assertThat(value.get("count")).as(figure).isNull();
        assertThat(value.get("shown")).as(figure).isEqualTo("fewer than 5");
    }

    private static long count(Map<String, Object> report, String figure) {
        Map<String, Object> value = map(report, figure);
        assertThat(value.get("suppressed")).as(figure).isEqualTo(false);
        return ((Number) value.get("count")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    private void contact(UUID professionalId, String agencyCode) {
        jdbc.sql("""
                        INSERT INTO professional_contact (id, agency, name, status)
                        VALUES (:id, :agency, 'Sample Worker', 'ACTIVE')""")
                .param("id", professionalId).param("agency", agencyCode).update();
    }

    private UUID client(String status, Instant createdAt) {
        UUID id = UUID.randomUUID();
        String familyName = uniqueFamilyName();
        jdbc.sql("""
                        INSERT INTO client (id, given_name, family_name, family_name_key, date_of_birth, status,
                                            created_at, updated_at, closed_at)
                        VALUES (:id, 'Jo', :familyName, :key, :dateOfBirth, :status, :createdAt, :createdAt,
                                CASE WHEN :status = 'CLOSED' THEN CAST(:createdAt AS TIMESTAMPTZ) END)""")
                .param("id", id).param("familyName", familyName).param("key", familyName.toLowerCase())
                .param("dateOfBirth", LocalDate.of(2015, 4, 1)).param("status", status)
                .param("createdAt", Timestamp.from(createdAt)).update();
        return id;
    }

    private void membership(UUID clientId, UUID professionalId, String agencyCode, String role, Instant endedAt,
                            Instant confirmationRequestedAt) {
        jdbc.sql("""
                        INSERT INTO membership (id, client_id, professional_id, agency, role, legal_basis, reason,
                                                joined_via, flagged_for_ig_review, joined_at, ended_at, end_reason,
                                                confirmation_requested_at)
                        VALUES (:id, :clientId, :professionalId, :agency, :role, 'CONSENT', 'Seeded for a report',
                                'REGISTRATION', false, :joinedAt, :endedAt, :endReason, :requestedAt)""")
                .param("id", UUID.randomUUID()).param("clientId", clientId).param("professionalId", professionalId)
                .param("agency", agencyCode).param("role", role)
                .param("joinedAt", Timestamp.from(Instant.now().minus(Duration.ofDays(90))))
                .param("endedAt", endedAt == null ? null : Timestamp.from(endedAt))
                .param("endReason", endedAt == null ? null : "LEFT_NETWORK")
                .param("requestedAt", confirmationRequestedAt == null ? null : Timestamp.from(confirmationRequestedAt))
                .update();
    }

    private void lastSeen(UUID clientId, Instant seenAt) {
        jdbc.sql("""
                        INSERT INTO schedule_contact (client_id, contact_id, professional_id, agency, contacted_at,
                                                      recorded_at, channel, outcome, last_seen_at)
                        VALUES (:clientId, :contactId, :professionalId, :agency, :seenAt, :seenAt, 'VISIT',
                                'SEEN', :seenAt)""")
                .param("clientId", clientId).param("contactId", UUID.randomUUID())
                .param("professionalId", UUID.randomUUID()).param("agency", agency)
                .param("seenAt", Timestamp.from(seenAt)).update();
    }

    private void invitation(UUID clientId, UUID invitee, String status, Instant createdAt, Duration answeredAfter) {
        jdbc.sql("""
                        INSERT INTO invitation (id, client_id, invitee_professional_id, invited_by_professional_id,
                                                reason, status, created_at, expires_at, responded_at)
                        VALUES (:id, :clientId, :invitee, :invitedBy, 'Seeded for a report', :status, :createdAt,
                                :expiresAt, :respondedAt)""")
                .param("id", UUID.randomUUID()).param("clientId", clientId).param("invitee", invitee)
                .param("invitedBy", UUID.randomUUID()).param("status", status)
                .param("createdAt", Timestamp.from(createdAt))
                .param("expiresAt", Timestamp.from(createdAt.plus(Duration.ofDays(14))))
                .param("respondedAt", answeredAfter == null ? null : Timestamp.from(createdAt.plus(answeredAfter)))
                .update();
    }
}
