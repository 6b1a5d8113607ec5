package org.patchwork.schedule.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.schedule.ScheduleIntegrationTest;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule's part of the client overview and of a practitioner's caseload. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleOverviewTest extends ScheduleIntegrationTest {

    Pro lead;
    Pro nurse;
    Pro outsider;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Overview Lead");
        nurse = professional("nhs-primary-care", "Sample", "Overview Nurse");
        outsider = professional("lichfield-dc", "Sample", "Overview Outsider");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewListsTheNextVisitsTheRecentContactsAndDaysSinceSeen() {
        UUID clientId = network(lead, nurse);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        for (int day = 7; day >= 1; day--) {
            scheduleVisit(day % 2 == 0 ? lead : nurse, clientId, tomorrow.plus(Duration.ofDays(day - 1)));
        }
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        recordContact(nurse, clientId, threeDaysAgo, "HOME_VISIT", "COMPLETED");
        recordContact(lead, clientId, yesterday, "PHONE", "COMPLETED");
        recordContact(lead, clientId, Instant.now().minus(Duration.ofDays(200)), "HOME_VISIT", "COMPLETED");

        ResponseEntity<Map<String, Object>> overview = get("/api/clients/" + clientId + "/schedule-overview", lead);

        assertThat(status(overview)).isEqualTo(200);
        List<Map<String, Object>> visits = (List<Map<String, Object>>) overview.getBody().get("upcomingVisits");
        assertThat(visits).hasSize(5).extracting(visit -> visit.get("startsAt"))
                .containsExactly(tomorrow.toString(), tomorrow.plus(Duration.ofDays(1)).toString(),
                        tomorrow.plus(Duration.ofDays(2)).toString(), tomorrow.plus(Duration.ofDays(3)).toString(),
                        tomorrow.plus(Duration.ofDays(4)).toString());
        assertThat(visits.getFirst()).containsEntry("visitorName", "Sample Overview Nurse");
        List<Map<String, Object>> contacts = (List<Map<String, Object>>) overview.getBody().get("recentContacts");
        assertThat(contacts).extracting(contact -> contact.get("contactedAt"))
                .containsExactly(yesterday.toString(), threeDaysAgo.toString());
        assertThat(contacts.getFirst()).containsEntry("channel", "PHONE").containsEntry("professionalName",
                "Sample Overview Lead");
        assertThat(overview.getBody()).containsEntry("lastSeenAt", threeDaysAgo.toString())
                .containsEntry("daysSinceSeen", 3).containsEntry("notSeenThresholdDays", 14);
        assertThat(accessRecords(lead, "OVERVIEW_VIEWED", clientId)).isEqualTo(1);
    }

    @Test
    void onlyCurrentMembersGetTheOverviewOthersAreToldTheClientDoesNotExist() {
        UUID clientId = network(lead, nurse);
        scheduleVisit(nurse, clientId, Instant.now().plus(Duration.ofDays(2)));
        publishNetworkEvent("network.memberships", "MemberLeftNetwork", UUID.randomUUID(), clientId, lead,
                List.of(lead), Instant.now());
        awaitMembers(clientId, lead);

        assertThat(status(get("/api/clients/" + clientId + "/schedule-overview", nurse))).isEqualTo(404);
        assertThat(status(get("/api/clients/" + clientId + "/schedule-overview", outsider))).isEqualTo(404);
        assertThat(status(get("/api/clients/" + UUID.randomUUID() + "/schedule-overview", lead))).isEqualTo(404);
        assertThat(status(get("/api/clients/" + clientId + "/schedule-overview", null))).isEqualTo(401);
        assertThat(status(get("/api/clients/" + clientId + "/schedule-overview", lead))).isEqualTo(200);
    }

    @Test
    void aCaseloadHasEachOfMyClientsWithNextVisitLastContactAndWhenLastSeen() {
        Pro worker = professional("staffs-fire", "Sample", "Caseload Worker");
        UUID seen = network(worker, nurse);
        UUID neverSeen = network(lead, worker);
        UUID notMine = network(lead, nurse);
        Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        scheduleVisit(nurse, seen, nextWeek);
        scheduleVisit(nurse, notMine, nextWeek);
        Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        recordContact(nurse, seen, tenDaysAgo, "HOME_VISIT", "COMPLETED");
        recordContact(worker, seen, twoDaysAgo, "PHONE", "COMPLETED");

        List<Map<String, Object>> caseload = items(get("/api/me/client-summaries", worker));

        assertThat(caseload).extracting(client -> client.get("clientId"))
                .containsExactlyInAnyOrder(seen.toString(), neverSeen.toString());
        Map<String, Object> seenSummary = caseload.stream().filter(client -> client.get("clientId").equals(seen.toString()))
                .findFirst().orElseThrow();
        assertThat(seenSummary.get("nextVisit").toString()).contains("Sample Overview Nurse", nextWeek.toString());
        assertThat(seenSummary.get("lastContact").toString()).contains("Sample Caseload Worker", "PHONE");
        assertThat(seenSummary).containsEntry("lastSeenAt", tenDaysAgo.toString()).containsEntry("daysSinceSeen", 10)
                .containsEntry("unseenSince", tenDaysAgo.toString());
        Map<String, Object> neverSeenSummary = caseload.stream()
                .filter(client -> client.get("clientId").equals(neverSeen.toString())).findFirst().orElseThrow();
        assertThat(neverSeenSummary).containsEntry("nextVisit", null).containsEntry("lastContact", null)
                .containsEntry("lastSeenAt", null).containsEntry("daysSinceSeen", null);
        assertThat(neverSeenSummary.get("unseenSince")).isNotNull();
        assertThat(accessRecords(worker, "CASELOAD_VIEWED", seen)).isEqualTo(1);
        assertThat(accessRecords(worker, "CASELOAD_VIEWED", neverSeen)).isEqualTo(1);
        assertThat(accessRecords(worker, "CASELOAD_VIEWED", notMine)).isZero();
    }

    @Test
    void aProfessionalInNoNetworkHasAnEmptyCaseload() {
        assertThat(items(get("/api/me/client-summaries", outsider))).isEmpty();
    }

    private void recordContact(Pro who, UUID clientId, Instant at, String channel, String outcome) {
        assertThat(status(post("/api/clients/" + clientId + "/contacts", who,
                Map.of("contactedAt", at.toString(), "channel", channel, "outcome", outcome)))).isEqualTo(201);
    }

    private long accessRecords(Pro who, String action, UUID clientId) {
        return jdbc.sql("""
                        SELECT count(*) FROM access_record
                        WHERE professional_id = :who AND action = :action AND client_id = :clientId""")
                .param("who", who.id()).param("action", action).param("clientId", clientId)
                .query(Long.class).single();
    }
}
