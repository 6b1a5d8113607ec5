package org.patchwork.network.overview;

import java.sql.Timestamp;
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
import org.patchwork.network.ProducerStubs;
import org.patchwork.platform.test.Prometheus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client overview, composed from this service's own data and the schedule service's answer, and my caseload, from
 * this service's own data and its copy of the schedule service's events (sent here on {@code schedule.visits} in their
 * real shape). Where the schedule answers, it answers with its own stubs, generated from its API contracts
 * ({@link ProducerStubs}); where it fails (a 500, a reset connection, a 404 for a client it has not heard of), is
 * slow (its stubs, delayed) or is stopped, the same WireMock server is made to: a producer's contracts promise what
 * it answers, not how it fails, so those answers stay written here.
 */
class OverviewTest extends NetworkIntegrationTest {

    @Autowired
    ScheduleCopyPruningJob pruning;

    @AfterEach
    void scheduleForgetsEverything() {
        SCHEDULE.setGlobalFixedDelay(0);
        scheduleKnowsNothingYet();
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
        ProducerStubs.serve(SCHEDULE, "schedule-service");
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
                .containsEntry("daysSinceSeen", 3).containsEntry("lastSeenAt", "2030-03-01T14:00:00Z")
                .containsEntry("notSeenThresholdDays", 14);
        assertThat((List<Map<String, Object>>) schedule.get("upcomingVisits")).singleElement().satisfies(visit ->
                assertThat(visit).containsEntry("visitorName", "Sample Contract Nurse")
                        .containsEntry("startsAt", "2030-03-04T09:30:00Z").containsEntry("kind", "HOME_VISIT"));
        assertThat((List<Map<String, Object>>) schedule.get("recentContacts")).singleElement().satisfies(contact ->
                assertThat(contact).containsEntry("professionalName", "Sample Contract Nurse")
                        .containsEntry("channel", "HOME_VISIT"));
        SCHEDULE.verify(1, getRequestedFor(urlEqualTo("/api/clients/" + clientId + "/schedule-overview"))
                .withHeader("Authorization", equalTo(nurse.bearer())));
        assertThat(body).as("the caller, told apart from the rest of the team")
                .containsEntry("myProfessionalId", nurse.id().toString());
        assertThat(auditCount(clientId) - auditBefore).isEqualTo(1);
        assertThat(auditCount(clientId, "OVERVIEW_VIEWED")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiDescriptionPublishesTheCallersOwnIdInTheOverview() {
        Pro reader = professional("lichfield-dc", "Sample", "Api Reader", "practitioner");

        ResponseEntity<Map<String, Object>> description = get("/v3/api-docs", reader);

        assertThat(description.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) description.getBody()
                .get("components")).get("schemas");
        Map<String, Object> overview = (Map<String, Object>) ((Map<String, Object>) schemas.get("ClientOverview"))
                .get("properties");
        assertThat((Map<String, Object>) overview.get("myProfessionalId"))
                .containsEntry("type", "string").containsEntry("format", "uuid");
        assertThat(overview).containsKeys("client", "network", "attentions", "schedule");
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenTheScheduleFailsTheOverviewStillShowsTheTeamSaysTheScheduleIsUnavailableAndIsCounted() {
        double degradedBefore = Prometheus.scrape(managementPort).sum("patchwork_overviews_degraded_total");
        Pro lead = professional("lichfield-dc", "Sample", "Degraded Lead", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/clients/" + clientId + "/schedule-overview"))
                .willReturn(WireMock.serverError()));

        Map<String, Object> failing = get("/api/clients/" + clientId + "/overview", lead).getBody();

        assertDegraded(failing, "Sample Degraded Lead");

        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/clients/" + clientId + "/schedule-overview"))
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertDegraded(get("/api/clients/" + clientId + "/overview", lead).getBody(), "Sample Degraded Lead");
        assertThat(Prometheus.scrape(managementPort).sum("patchwork_overviews_degraded_total") - degradedBefore)
                .isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void whileTheScheduleServiceIsStoppedTheOverviewSaysSoAndMyCaseloadIsStillComplete() {
        Pro lead = professional("lichfield-dc", "Sample", "Stopped Schedule Lead", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        Instant seen = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        publishContactEvent(clientId, lead, seen, "HOME_VISIT", "COMPLETED", true);
        SCHEDULE.stop();
        try {
            ResponseEntity<Map<String, Object>> overview = get("/api/clients/" + clientId + "/overview", lead);
            ResponseEntity<Map<String, Object>> caseload = get("/api/me/clients", lead);

            assertThat(overview.getStatusCode().value()).isEqualTo(200);
            assertDegraded(overview.getBody(), "Sample Stopped Schedule Lead");
            assertThat(caseload.getStatusCode().value()).isEqualTo(200);
            assertThat((List<Map<String, Object>>) caseload.getBody().get("clients")).singleElement()
                    .satisfies(entry -> {
                        assertThat(entry).containsEntry("lastSeenAt", seen.toString()).containsEntry("daysSinceSeen", 1);
                        assertThat(entry.get("lastContact").toString()).contains("Sample Stopped Schedule Lead");
                    });
        } finally {
            SCHEDULE.start();
        }
    }

    @Test
    void aSlowScheduleIsCutShortAndTheOverviewAnswersWithoutIt() {
        Pro lead = professional("lichfield-dc", "Sample", "Patient Lead", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        ProducerStubs.serve(SCHEDULE, "schedule-service");
        SCHEDULE.setGlobalFixedDelay(10_000);

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
        Pro nurse = professional("nhs-primary-care", "Sample", "Caseload Nurse", "practitioner");
        UUID seenRecently = registerClient(worker, uniqueFamilyName());
        UUID seenLongAgo = registerClient(worker, uniqueFamilyName());
        UUID neverSeen = registerClient(worker, uniqueFamilyName());
        UUID nothingScheduled = registerClient(worker, uniqueFamilyName());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("UPDATE client SET created_at = :registered WHERE id = :id")
                .param("registered", Timestamp.from(now.minus(Duration.ofDays(30)))).param("id", neverSeen).update();
        assertThat(post("/api/clients/" + seenRecently + "/attentions", worker,
                Map.of("message", "New address known to housing", "priority", "NORMAL")).getStatusCode().value())
                .isEqualTo(201);
        for (String priority : List.of("URGENT", "NORMAL", "URGENT")) {
            assertThat(post("/api/clients/" + nothingScheduled + "/attentions", worker,
                    Map.of("message", "Smoke alarm fitted, check it works", "priority", priority))
                    .getStatusCode().value()).isEqualTo(201);
        }
        publishContactEvent(seenRecently, worker, now.minus(Duration.ofDays(2)), "HOME_VISIT", "COMPLETED", true);
        publishContactEvent(seenLongAgo, worker, now.minus(Duration.ofDays(20)), "HOME_VISIT", "COMPLETED", true);
        Instant visitAt = now.plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        publishVisitEvent("VisitScheduled", seenLongAgo, UUID.randomUUID(), nurse, visitAt, 45);
        publishContactEvent(neverSeen, nurse, now.minus(Duration.ofDays(1)), "PHONE", "COMPLETED", false);

        Map<String, Object> caseload = get("/api/me/clients", worker).getBody();

        List<Map<String, Object>> clients = (List<Map<String, Object>>) caseload.get("clients");
        assertThat(clients).extracting(entry -> ((Map<String, Object>) entry.get("client")).get("id"))
                .containsExactly(neverSeen.toString(), seenLongAgo.toString(), seenRecently.toString(),
                        nothingScheduled.toString());
        assertThat(clients.get(1)).containsEntry("daysSinceSeen", 20);
        assertThat((Map<String, Object>) clients.get(1).get("nextVisit")).containsEntry("name", "Sample Caseload Nurse")
                .containsEntry("agency", "nhs-primary-care").containsEntry("kind", "HOME_VISIT")
                .containsEntry("startsAt", visitAt.toString())
                .containsEntry("endsAt", visitAt.plus(Duration.ofMinutes(45)).toString());
        assertThat((Map<String, Object>) clients.get(1).get("lastContact"))
                .containsEntry("name", "Sample Caseload Worker").containsEntry("channel", "HOME_VISIT");
        // A phone call is a contact, but nobody saw the client.
        assertThat(clients.getFirst()).containsEntry("lastSeenAt", null).containsEntry("daysSinceSeen", null);
        assertThat((Map<String, Object>) clients.getFirst().get("lastContact")).containsEntry("channel", "PHONE");
        assertThat((Map<String, Object>) clients.get(2).get("client")).containsEntry("attentions", 1)
                .containsEntry("urgentAttentions", 0);
        assertThat(clients.get(3)).containsEntry("nextVisit", null).containsEntry("lastContact", null);
        assertThat((Map<String, Object>) clients.get(3).get("client")).containsEntry("attentions", 3)
                .containsEntry("urgentAttentions", 2);
        assertThat((Map<String, Object>) clients.get(0).get("client")).containsEntry("attentions", 0)
                .containsEntry("urgentAttentions", 0);
    }

    @Test
    void theNextVisitFollowsTheScheduleAsVisitsAreMovedCancelledAndHappen() {
        Pro worker = professional("staffs-fire", "Sample", "Visits Worker", "practitioner");
        UUID clientId = registerClient(worker, uniqueFamilyName());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        publishVisitEvent("VisitScheduled", clientId, first, worker, now.plus(Duration.ofDays(1)), 30);
        publishVisitEvent("VisitScheduled", clientId, second, worker, now.plus(Duration.ofDays(2)), 30);
        publishVisitEvent("VisitScheduled", clientId, third, worker, now.plus(Duration.ofDays(3)), 30);
        assertThat(nextVisit(worker)).containsEntry("visitId", first.toString());

        publishVisitEvent("VisitRescheduled", clientId, first, worker, now.plus(Duration.ofDays(4)), 60);
        assertThat(nextVisit(worker)).containsEntry("visitId", second.toString());

        publishVisitEvent("VisitCancelled", clientId, second, worker, now.plus(Duration.ofDays(2)), 30);
        assertThat(nextVisit(worker)).containsEntry("visitId", third.toString());

        publishVisitEvent("VisitNoAccess", clientId, third, worker, now.plus(Duration.ofDays(3)), 30);
        assertThat(nextVisit(worker)).containsEntry("visitId", first.toString())
                .containsEntry("startsAt", now.plus(Duration.ofDays(4)).toString());

        publishVisitEvent("VisitCompleted", clientId, first, worker, now.plus(Duration.ofDays(4)), 60);
        assertThat(nextVisit(worker)).isNull();
        // Events reaching this service late (an outbox resubmission) do not bring back a visit that is over.
        publishVisitEvent("VisitRescheduled", clientId, first, worker, now.plus(Duration.ofDays(5)), 60,
                Instant.now().minus(Duration.ofMinutes(5)));
        publishVisitEvent("VisitScheduled", clientId, second, worker, now.plus(Duration.ofDays(2)), 30,
                Instant.now().minus(Duration.ofMinutes(10)));
        assertThat(nextVisit(worker)).isNull();

        // Under way: started 20 minutes ago, an hour long, so still the next visit until it is over.
        UUID underWay = UUID.randomUUID();
        publishVisitEvent("VisitScheduled", clientId, underWay, worker, now.minus(Duration.ofMinutes(20)), 60);
        assertThat(nextVisit(worker)).containsEntry("visitId", underWay.toString());
        UUID over = UUID.randomUUID();
        publishVisitEvent("VisitRescheduled", clientId, underWay, worker, now.minus(Duration.ofHours(2)), 60);
        publishVisitEvent("VisitScheduled", clientId, over, worker, now.minus(Duration.ofHours(3)), 30);
        assertThat(nextVisit(worker)).isNull();
    }

    @Test
    void visitsThatStartedOverThirtyDaysAgoAreForgottenWithoutChangingTheCaseload() {
        Pro worker = professional("staffs-fire", "Sample", "Pruning Worker", "practitioner");
        UUID clientId = registerClient(worker, uniqueFamilyName());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        UUID longOver = UUID.randomUUID();
        UUID neverClosed = UUID.randomUUID();
        UUID lastWeek = UUID.randomUUID();
        UUID upcoming = UUID.randomUUID();
        publishVisitEvent("VisitCompleted", clientId, longOver, worker, now.minus(Duration.ofDays(40)), 60);
        publishVisitEvent("VisitScheduled", clientId, neverClosed, worker, now.minus(Duration.ofDays(31)), 30);
        publishVisitEvent("VisitCompleted", clientId, lastWeek, worker, now.minus(Duration.ofDays(7)), 60);
        publishVisitEvent("VisitScheduled", clientId, upcoming, worker, now.plus(Duration.ofDays(2)), 30);
        assertThat(nextVisit(worker)).containsEntry("visitId", upcoming.toString());

        pruning.forgetPastVisits();

        assertThat(jdbc.sql("SELECT id FROM schedule_visit WHERE client_id = :c").param("c", clientId)
                .query(UUID.class).list()).containsExactlyInAnyOrder(lastWeek, upcoming);
        assertThat(nextVisit(worker)).containsEntry("visitId", upcoming.toString())
                .containsEntry("startsAt", now.plus(Duration.ofDays(2)).toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aContactRecordedLateDoesNotHideTheLatestButCanMoveLastSeen() {
        Pro worker = professional("staffs-fire", "Sample", "Late Worker", "practitioner");
        UUID clientId = registerClient(worker, uniqueFamilyName());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        publishContactEvent(clientId, worker, now.minus(Duration.ofDays(10)), "HOME_VISIT", "COMPLETED", true);
        publishContactEvent(clientId, worker, now.minus(Duration.ofHours(2)), "PHONE", "COMPLETED", false);

        publishContactEvent(clientId, worker, now.minus(Duration.ofDays(3)), "VIDEO", "COMPLETED", true);

        Map<String, Object> entry = ((List<Map<String, Object>>) get("/api/me/clients", worker).getBody()
                .get("clients")).getFirst();
        assertThat((Map<String, Object>) entry.get("lastContact")).containsEntry("channel", "PHONE")
                .containsEntry("contactedAt", now.minus(Duration.ofHours(2)).toString());
        assertThat(entry).containsEntry("lastSeenAt", now.minus(Duration.ofDays(3)).toString())
                .containsEntry("daysSinceSeen", 3);

        publishContactEvent(clientId, worker, now.minus(Duration.ofDays(5)), "HOME_VISIT", "COMPLETED", true);
        entry = ((List<Map<String, Object>>) get("/api/me/clients", worker).getBody().get("clients")).getFirst();
        assertThat(entry).containsEntry("lastSeenAt", now.minus(Duration.ofDays(3)).toString());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> nextVisit(Pro worker) {
        return (Map<String, Object>) ((List<Map<String, Object>>) get("/api/me/clients", worker).getBody()
                .get("clients")).getFirst().get("nextVisit");
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
