package org.patchwork.network.overview;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.patchwork.network.NetworkIntegrationTest;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client overview and my caseload, composed from this service's own data and the schedule service's answer
 * (WireMock plays the schedule service here, answering in its real shape).
 */
class OverviewTest extends NetworkIntegrationTest {

    @AfterEach
    void scheduleForgetsEverything() {
        scheduleKnowsNothingYet();
    }

    private static String scheduleOverview(UUID clientId, Instant visitAt, Instant contactAt) {
        return """
                {"clientId":"%s",
                 "upcomingVisits":[{"id":"%s","clientId":"%s","clientInitials":"J.S.","visitorProfessionalId":"%s",
                   "visitorName":"Sample District Nurse","visitorAgency":"nhs-primary-care","visitorJobTitle":"District nurse",
                   "kind":"HOME_VISIT","startsAt":"%s","endsAt":"%s","durationMinutes":45,"purpose":"Dressing change",
                   "status":"SCHEDULED","cancelReason":null,"scheduledBy":"%s"}],
                 "recentContacts":[{"id":"%s","clientId":"%s","professionalId":"%s","professionalName":"Sample Family Worker",
                   "agency":"lichfield-dc","jobTitle":"Family worker","contactedAt":"%s","channel":"HOME_VISIT",
                   "outcome":"COMPLETED","visitId":null}],
                 "lastSeenAt":"%s","daysSinceSeen":3,"notSeenThresholdDays":14,"aFieldAddedInALaterVersion":true}"""
                .formatted(clientId, UUID.randomUUID(), clientId, UUID.randomUUID(), visitAt,
                        visitAt.plus(Duration.ofMinutes(45)), UUID.randomUUID(), UUID.randomUUID(), clientId,
                        UUID.randomUUID(), contactAt, contactAt);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewHasTheTeamTheScheduleAndTheAttentionsInOneAnswer() {
        Pro lead = professional("lichfield-dc", "Sample", "Overview Lead", "practitioner");
        Pro nurse = professional("nhs-primary-care", "Sample", "Overview Nurse", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);
        assertThat(post("/api/clients/" + clientId + "/attentions", lead,
                Map.of("message", "Dog on site: call ahead", "priority", "URGENT")).getStatusCode().value()).isEqualTo(201);
        Instant visitAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        Instant contactAt = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        String nurseToken = nurse.bearer();
        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/clients/" + clientId + "/schedule-overview"))
                .withHeader("Authorization", equalTo(nurseToken))
                .willReturn(okJson(scheduleOverview(clientId, visitAt, contactAt))));
        long auditBefore = auditCount(clientId);

        ResponseEntity<Map<String, Object>> overview = get("/api/clients/" + clientId + "/overview", nurse);

        assertThat(overview.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> body = overview.getBody();
        assertThat((Map<String, Object>) body.get("client")).containsEntry("id", clientId.toString());
        assertThat((List<Map<String, Object>>) body.get("network")).extracting(member -> member.get("name"))
                .containsExactlyInAnyOrder("Sample Overview Lead", "Sample Overview Nurse");
        assertThat((List<Map<String, Object>>) body.get("attentions")).singleElement()
                .satisfies(attention -> assertThat(attention).containsEntry("priority", "URGENT"));
        Map<String, Object> schedule = (Map<String, Object>) body.get("schedule");
        assertThat(schedule).containsEntry("available", true).containsEntry("message", null)
                .containsEntry("daysSinceSeen", 3).containsEntry("lastSeenAt", contactAt.toString())
                .containsEntry("notSeenThresholdDays", 14);
        assertThat((List<Map<String, Object>>) schedule.get("upcomingVisits")).singleElement().satisfies(visit ->
                assertThat(visit).containsEntry("visitorName", "Sample District Nurse")
                        .containsEntry("startsAt", visitAt.toString()).containsEntry("kind", "HOME_VISIT"));
        assertThat((List<Map<String, Object>>) schedule.get("recentContacts")).singleElement().satisfies(contact ->
                assertThat(contact).containsEntry("professionalName", "Sample Family Worker")
                        .containsEntry("channel", "HOME_VISIT"));
        assertThat(auditCount(clientId) - auditBefore).isEqualTo(1);
        assertThat(auditCount(clientId, "OVERVIEW_VIEWED")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenTheScheduleFailsTheOverviewStillShowsTheTeamAndSaysTheScheduleIsUnavailable() {
        Pro lead = professional("lichfield-dc", "Sample", "Degraded Lead", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/clients/" + clientId + "/schedule-overview"))
                .willReturn(WireMock.serverError()));

        Map<String, Object> failing = get("/api/clients/" + clientId + "/overview", lead).getBody();

        assertDegraded(failing, "Sample Degraded Lead");

        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/clients/" + clientId + "/schedule-overview"))
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertDegraded(get("/api/clients/" + clientId + "/overview", lead).getBody(), "Sample Degraded Lead");
    }

    @Test
    void whileTheScheduleServiceIsStoppedTheOverviewAndMyCaseloadStillAnswerAndSaySo() {
        Pro lead = professional("lichfield-dc", "Sample", "Stopped Schedule Lead", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        SCHEDULE.stop();
        try {
            ResponseEntity<Map<String, Object>> overview = get("/api/clients/" + clientId + "/overview", lead);
            ResponseEntity<Map<String, Object>> caseload = get("/api/me/clients", lead);

            assertThat(overview.getStatusCode().value()).isEqualTo(200);
            assertDegraded(overview.getBody(), "Sample Stopped Schedule Lead");
            assertThat(caseload.getStatusCode().value()).isEqualTo(200);
            assertThat(caseload.getBody()).containsEntry("scheduleAvailable", false);
        } finally {
            SCHEDULE.start();
        }
    }

    @Test
    void aSlowScheduleIsCutShortAndTheOverviewAnswersWithoutIt() {
        Pro lead = professional("lichfield-dc", "Sample", "Patient Lead", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/clients/" + clientId + "/schedule-overview"))
                .willReturn(okJson(scheduleOverview(clientId, Instant.now().plus(Duration.ofDays(1)), Instant.now()))
                        .withFixedDelay(10_000)));

        long started = System.nanoTime();
        Map<String, Object> answer = get("/api/clients/" + clientId + "/overview", lead).getBody();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertDegraded(answer, "Sample Patient Lead");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClientTheScheduleHasNotHeardOfYetHasAnEmptySchedule() {
        Pro lead = professional("lichfield-dc", "Sample", "Quick Lead", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());

        Map<String, Object> schedule = (Map<String, Object>) get("/api/clients/" + clientId + "/overview", lead)
                .getBody().get("schedule");

        assertThat(schedule).containsEntry("available", true).containsEntry("lastSeenAt", null);
        assertThat((List<?>) schedule.get("upcomingVisits")).isEmpty();
        assertThat((List<?>) schedule.get("recentContacts")).isEmpty();
    }

    @Test
    void toSomeoneOutsideTheNetworkTheClientDoesNotExistAndTheScheduleIsNotAsked() {
        Pro lead = professional("lichfield-dc", "Sample", "Private Lead", "practitioner");
        Pro stranger = professional("lichfield-dc", "Sample", "Curious Colleague", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());

        ResponseEntity<Map<String, Object>> refused = get("/api/clients/" + clientId + "/overview", stranger);

        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(refused.getBody().get("_raw").toString()).doesNotContain("Private Lead");
        SCHEDULE.verify(0, getRequestedFor(urlPathMatching("/api/clients/" + clientId + "/.*")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void myCaseloadPutsTheClientNobodyHasSeenForLongestFirst() {
        Pro worker = professional("staffs-fire", "Sample", "Caseload Worker", "practitioner");
        UUID seenRecently = registerClient(worker, uniqueFamilyName());
        UUID seenLongAgo = registerClient(worker, uniqueFamilyName());
        UUID neverSeen = registerClient(worker, uniqueFamilyName());
        UUID unknownToSchedule = registerClient(worker, uniqueFamilyName());
        assertThat(post("/api/clients/" + seenRecently + "/attentions", worker,
                Map.of("message", "New address known to housing", "priority", "NORMAL")).getStatusCode().value())
                .isEqualTo(201);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/me/client-summaries"))
                .withHeader("Authorization", equalTo(worker.bearer()))
                .willReturn(okJson("[" + String.join(",",
                        summary(seenRecently, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2))),
                        summary(seenLongAgo, now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(20))),
                        summary(neverSeen, null, now.minus(Duration.ofDays(30)))) + "]")));

        Map<String, Object> caseload = get("/api/me/clients", worker).getBody();

        assertThat(caseload).containsEntry("scheduleAvailable", true);
        List<Map<String, Object>> clients = (List<Map<String, Object>>) caseload.get("clients");
        assertThat(clients).extracting(entry -> ((Map<String, Object>) entry.get("client")).get("id"))
                .containsExactly(neverSeen.toString(), seenLongAgo.toString(), seenRecently.toString(),
                        unknownToSchedule.toString());
        assertThat(clients.get(1)).containsEntry("daysSinceSeen", 20);
        assertThat(clients.get(1).get("nextVisit").toString()).contains("Sample District Nurse");
        assertThat(clients.get(1).get("lastContact").toString()).contains("Sample Family Worker", "HOME_VISIT");
        assertThat(clients.getFirst()).containsEntry("lastSeenAt", null).containsEntry("daysSinceSeen", null);
        assertThat((Map<String, Object>) clients.get(2).get("client")).containsEntry("attentions", 1)
                .containsEntry("urgentAttentions", 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenTheScheduleFailsMyCaseloadIsListedByNameAndSaysSo() {
        Pro worker = professional("staffs-fire", "Sample", "Offline Worker", "practitioner");
        UUID client = registerClient(worker, "Zedwright");
        UUID other = registerClient(worker, "Abelson");
        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/me/client-summaries")).withHeader("Authorization",
                equalTo(worker.bearer())).willReturn(WireMock.serviceUnavailable()));

        Map<String, Object> caseload = get("/api/me/clients", worker).getBody();

        assertThat(caseload).containsEntry("scheduleAvailable", false);
        assertThat(caseload.get("scheduleMessage").toString()).contains("not answering");
        assertThat((List<Map<String, Object>>) caseload.get("clients"))
                .extracting(entry -> ((Map<String, Object>) entry.get("client")).get("id"))
                .containsExactly(other.toString(), client.toString());
    }

    private static String summary(UUID clientId, Instant lastSeen, Instant unseenSince) {
        Instant visitAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        return """
                {"clientId":"%s","clientInitials":"J.S.",
                 "nextVisit":{"visitId":"%s","professionalId":"%s","name":"Sample District Nurse","agency":"nhs-primary-care",
                   "kind":"HOME_VISIT","startsAt":"%s","endsAt":"%s"},
                 "lastContact":%s,"lastSeenAt":%s,"daysSinceSeen":%s,"unseenSince":"%s"}"""
                .formatted(clientId, UUID.randomUUID(), UUID.randomUUID(), visitAt, visitAt.plus(Duration.ofHours(1)),
                        lastSeen == null ? "null" : """
                                {"contactId":"%s","professionalId":"%s","name":"Sample Family Worker",
                                 "agency":"lichfield-dc","contactedAt":"%s","channel":"HOME_VISIT","outcome":"COMPLETED"}"""
                                .formatted(UUID.randomUUID(), UUID.randomUUID(), lastSeen),
                        lastSeen == null ? "null" : "\"" + lastSeen + "\"",
                        lastSeen == null ? "null" : Duration.between(lastSeen, Instant.now()).toDays(),
                        unseenSince);
    }

    @SuppressWarnings("unchecked")
    private static void assertDegraded(Map<String, Object> overview, String memberName) {
        assertThat((List<Map<String, Object>>) overview.get("network")).extracting(member -> member.get("name"))
                .contains(memberName);
        Map<String, Object> schedule = (Map<String, Object>) overview.get("schedule");
        assertThat(schedule).containsEntry("available", false);
        assertThat(schedule.get("message").toString()).contains("schedule is not answering");
        assertThat((List<?>) schedule.get("upcomingVisits")).isEmpty();
    }
}
