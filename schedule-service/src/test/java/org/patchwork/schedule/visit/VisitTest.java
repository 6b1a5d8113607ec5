package org.patchwork.schedule.visit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.schedule.ScheduleIntegrationTest;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitTest extends ScheduleIntegrationTest {

    Pro lead;
    Pro nurse;
    Pro firefighter;
    Pro outsider;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Family Worker");
        nurse = professional("nhs-primary-care", "Sample", "District Nurse");
        firefighter = professional("staffs-fire", "Sample", "Firefighter");
        outsider = professional("lichfield-dc", "Sample", "Outsider");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberSchedulesAVisitTheNetworkSeesAndThatIsPublished() {
        UUID clientId = network(lead, nurse);
        Instant startsAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        UUID visitId = scheduleVisit(nurse, clientId, startsAt);

        List<Map<String, Object>> upcoming = items(get("/api/clients/" + clientId + "/visits", lead));
        assertThat(upcoming).singleElement().satisfies(visit -> assertThat(visit)
                .containsEntry("id", visitId.toString())
                .containsEntry("visitorName", "Sample District Nurse")
                .containsEntry("visitorAgency", "nhs-primary-care")
                .containsEntry("kind", "HOME_VISIT")
                .containsEntry("status", "SCHEDULED")
                .containsEntry("clientInitials", "S.Q.")
                .containsEntry("startsAt", startsAt.toString()));
        assertThat(items(get("/api/me/visits", nurse))).extracting(visit -> visit.get("id"))
                .contains(visitId.toString());
        Map<String, Object> event = ofType(records(VISITS_TOPIC, clientId,
                found -> countOf(found, "VisitScheduled") == 1), "VisitScheduled");
        assertThat(event).containsEntry("actorProfessionalId", nurse.id().toString())
                .containsEntry("clientInitials", "S.Q.")
                .containsKeys("eventId", "occurredAt");
        assertThat((List<String>) event.get("memberIds")).containsExactlyInAnyOrder(lead.id().toString(),
                nurse.id().toString());
        Map<String, Object> visit = (Map<String, Object>) event.get("visit");
        assertThat(visit).containsEntry("visitId", visitId.toString()).containsEntry("startsAt", startsAt.toString())
                .doesNotContainKey("purpose");
        assertThat((Map<String, Object>) visit.get("visitor")).containsEntry("id", nurse.id().toString())
                .containsEntry("agency", "nhs-primary-care");
    }

    @Test
    void aMemberSchedulesAVisitForAnotherMemberButNotForSomeoneOutsideTheNetwork() {
        UUID clientId = network(lead, nurse);
        Map<String, Object> forNurse = new HashMap<>(visitAt(Instant.now().plus(Duration.ofDays(1)), "CLINIC"));
        forNurse.put("visitorProfessionalId", nurse.id().toString());
        Map<String, Object> forOutsider = new HashMap<>(forNurse);
        forOutsider.put("visitorProfessionalId", outsider.id().toString());

        ResponseEntity<Map<String, Object>> scheduled = post("/api/clients/" + clientId + "/visits", lead, forNurse);
        ResponseEntity<Map<String, Object>> refused = post("/api/clients/" + clientId + "/visits", lead, forOutsider);

        assertThat(status(scheduled)).isEqualTo(201);
        assertThat(scheduled.getBody()).containsEntry("visitorProfessionalId", nurse.id().toString())
                .containsEntry("scheduledBy", lead.id().toString());
        assertThat(status(refused)).isEqualTo(400);
        assertThat(count("visit", clientId)).isEqualTo(1);
    }

    @Test
    void aVisitInThePastCannotBeScheduled() {
        UUID clientId = network(lead);

        ResponseEntity<Map<String, Object>> refused = post("/api/clients/" + clientId + "/visits", lead,
                visitAt(Instant.now().minus(Duration.ofHours(1)), "HOME_VISIT"));

        assertThat(status(refused)).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody()).containsEntry("type", "https://patchwork.example/problems/visit-in-the-past");
        assertThat(count("visit", clientId)).isZero();
    }

    @Test
    void badVisitsAreRefusedAsProblemsAndNothingIsStored() {
        UUID clientId = network(lead);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        Map<String, Object> longPurpose = new HashMap<>(visitAt(tomorrow, "HOME_VISIT"));
        longPurpose.put("purpose", "x".repeat(141));
        Map<String, Object> unknownKind = new HashMap<>(visitAt(tomorrow, "HOME_VISIT"));
        unknownKind.put("kind", "PICNIC");
        Map<String, Object> tooLong = new HashMap<>(visitAt(tomorrow, "HOME_VISIT"));
        tooLong.put("durationMinutes", 721);
        Map<String, Object> multiLine = new HashMap<>(visitAt(tomorrow, "HOME_VISIT"));
        multiLine.put("purpose", "Check\nnotes about the family");

        for (Map<String, Object> bad : List.of(longPurpose, unknownKind, tooLong, multiLine,
                Map.<String, Object>of("kind", "HOME_VISIT"))) {
            ResponseEntity<Map<String, Object>> refused = post("/api/clients/" + clientId + "/visits", lead, bad);
            assertThat(status(refused)).as("%s", bad).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        assertThat(count("visit", clientId)).isZero();
    }

    @Test
    void nonMembersAndFormerMembersGetTheSameNotFoundAsForAnUnknownClientOrVisit() {
        UUID clientId = network(lead, nurse);
        UUID visitId = scheduleVisit(nurse, clientId, Instant.now().plus(Duration.ofDays(3)));
        publishNetworkEvent("network.memberships", "MemberLeftNetwork", UUID.randomUUID(), clientId, lead,
                List.of(lead), Instant.now());
        awaitMembers(clientId, lead);
        UUID unknownClient = UUID.randomUUID();
        UUID unknownVisit = UUID.randomUUID();

        Map<String, Object> unknownClientProblem = problem(get("/api/clients/" + unknownClient + "/visits", nurse));
        for (Pro stranger : List.of(nurse, outsider)) {
            assertThat(problem(get("/api/clients/" + clientId + "/visits", stranger)))
                    .isEqualTo(withInstance(unknownClientProblem, "/api/clients/" + clientId + "/visits"));
            assertThat(status(post("/api/clients/" + clientId + "/visits", stranger,
                    visitAt(Instant.now().plus(Duration.ofDays(1)), "HOME_VISIT")))).isEqualTo(404);
            assertThat(status(get("/api/clients/" + clientId + "/schedule-summary", stranger))).isEqualTo(404);
            Map<String, Object> unknownVisitProblem = problem(patch("/api/visits/" + unknownVisit, stranger,
                    Map.of("action", "CANCEL", "reason", "Not needed")));
            assertThat(problem(patch("/api/visits/" + visitId, stranger, Map.of("action", "CANCEL", "reason", "x"))))
                    .isEqualTo(withInstance(unknownVisitProblem, "/api/visits/" + visitId));
        }
        assertThat(items(get("/api/me/visits", nurse))).extracting(visit -> visit.get("id"))
                .doesNotContain(visitId.toString());
        assertThat(jdbc.sql("SELECT status FROM visit WHERE id = :id").param("id", visitId).query(String.class).single())
                .isEqualTo("SCHEDULED");
    }

    @Test
    void callsWithoutATokenAreUnauthenticated() {
        UUID clientId = network(lead);
        assertThat(status(get("/api/clients/" + clientId + "/visits", null))).isEqualTo(401);
        assertThat(status(get("/api/me/visits", null))).isEqualTo(401);
    }

    @Test
    void theVisitorReschedulesAndCancelsWithAReasonButAnotherMemberMayNot() {
        UUID clientId = network(lead, nurse, firefighter);
        UUID visitId = scheduleVisit(nurse, clientId, Instant.now().plus(Duration.ofDays(2)));
        Instant later = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS);

        assertThat(status(patch("/api/visits/" + visitId, firefighter,
                Map.of("action", "RESCHEDULE", "startsAt", later.toString())))).isEqualTo(403);
        assertThat(status(patch("/api/visits/" + visitId, nurse,
                Map.of("action", "RESCHEDULE", "startsAt", Instant.now().minus(Duration.ofDays(1)).toString()))))
                .isEqualTo(400);
        assertThat(status(patch("/api/visits/" + visitId, nurse, Map.of("action", "RESCHEDULE")))).isEqualTo(400);
        ResponseEntity<Map<String, Object>> moved = patch("/api/visits/" + visitId, nurse,
                Map.of("action", "RESCHEDULE", "startsAt", later.toString(), "durationMinutes", 90));
        assertThat(status(moved)).isEqualTo(200);
        assertThat(moved.getBody()).containsEntry("startsAt", later.toString()).containsEntry("durationMinutes", 90);

        assertThat(status(patch("/api/visits/" + visitId, nurse, Map.of("action", "CANCEL")))).isEqualTo(400);
        ResponseEntity<Map<String, Object>> cancelled = patch("/api/visits/" + visitId, nurse,
                Map.of("action", "CANCEL", "reason", "Family moved the appointment to the clinic"));
        assertThat(status(cancelled)).isEqualTo(200);
        assertThat(cancelled.getBody()).containsEntry("status", "CANCELLED");
        assertThat(status(patch("/api/visits/" + visitId, nurse,
                Map.of("action", "RESCHEDULE", "startsAt", later.toString())))).isEqualTo(409);
        assertThat(items(get("/api/clients/" + clientId + "/visits", lead))).isEmpty();

        List<ConsumerRecord<String, byte[]>> events = records(VISITS_TOPIC, clientId,
                found -> countOf(found, "VisitCancelled") == 1);
        assertThat(ofType(events, "VisitRescheduled")).containsKey("previousStartsAt");
        assertThat(ofType(events, "VisitCancelled")).as("why it was cancelled stays in the schedule")
                .doesNotContainKey("reason")
                .allSatisfy((field, value) -> assertThat(String.valueOf(value)).doesNotContain("clinic"));
        assertThat(jdbc.sql("SELECT cancel_reason FROM visit WHERE id = :id").param("id", visitId).query(String.class)
                .single()).isEqualTo("Family moved the appointment to the clinic");
    }

    @Test
    void completingAVisitMakesItAContact() {
        UUID clientId = network(lead, nurse);
        UUID visitId = scheduleVisit(nurse, clientId, Instant.now().plus(Duration.ofMinutes(30)));

        assertThat(status(patch("/api/visits/" + visitId, nurse, Map.of("action", "COMPLETE")))).isEqualTo(409);
        clock.advance(Duration.ofHours(1));
        ResponseEntity<Map<String, Object>> completed = patch("/api/visits/" + visitId, nurse,
                Map.of("action", "COMPLETE"));

        assertThat(status(completed)).isEqualTo(200);
        assertThat(completed.getBody()).containsEntry("status", "COMPLETED");
        assertThat(items(get("/api/clients/" + clientId + "/contacts", lead))).singleElement()
                .satisfies(contact -> assertThat(contact).containsEntry("visitId", visitId.toString())
                        .containsEntry("professionalId", nurse.id().toString())
                        .containsEntry("channel", "HOME_VISIT").containsEntry("outcome", "COMPLETED"));
        List<ConsumerRecord<String, byte[]>> events = records(VISITS_TOPIC, clientId,
                found -> countOf(found, "VisitCompleted") == 1 && countOf(found, "ContactRecorded") == 1);
        assertThat(ofType(events, "VisitCompleted").get("contactId"))
                .isEqualTo(ofType(events, "ContactRecorded").get("contactId"));
        assertThat(ofType(events, "ContactRecorded")).containsEntry("seesTheClient", true);
        assertThat(status(patch("/api/visits/" + visitId, nurse, Map.of("action", "NO_ACCESS")))).isEqualTo(409);
    }

    @Test
    void aNoAccessVisitBecomesAContactAndIsPublishedExactlyOnce() {
        UUID clientId = network(lead, nurse);
        UUID visitId = scheduleVisit(nurse, clientId, Instant.now().plus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(20));

        ResponseEntity<Map<String, Object>> noAccess = patch("/api/visits/" + visitId, lead,
                Map.of("action", "NO_ACCESS"));
        ResponseEntity<Map<String, Object>> again = patch("/api/visits/" + visitId, nurse,
                Map.of("action", "NO_ACCESS"));

        assertThat(status(noAccess)).isEqualTo(200);
        assertThat(noAccess.getBody()).containsEntry("status", "NO_ACCESS");
        assertThat(status(again)).isEqualTo(409);
        assertThat(items(get("/api/clients/" + clientId + "/contacts", nurse))).singleElement()
                .satisfies(contact -> assertThat(contact).containsEntry("outcome", "NO_ACCESS")
                        .containsEntry("professionalId", nurse.id().toString()));
        List<ConsumerRecord<String, byte[]>> events = records(VISITS_TOPIC, clientId,
                found -> countOf(found, "VisitNoAccess") >= 1 && countOf(found, "ContactRecorded") >= 1,
                Duration.ofSeconds(3));
        assertThat(countOf(events, "VisitNoAccess")).isEqualTo(1);
        assertThat(ofType(events, "VisitNoAccess")).containsEntry("actorProfessionalId", lead.id().toString());
        // A door nobody opened is a contact, but nobody saw the client.
        assertThat(ofType(events, "ContactRecorded")).containsEntry("seesTheClient", false);
    }

    @Test
    void aClosedClientsScheduleCannotChange() {
        UUID clientId = network(lead);
        publishNetworkEvent("network.clients", "ClientClosed", UUID.randomUUID(), clientId, lead, List.of(lead),
                Instant.now());
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc
                .sql("SELECT status FROM network_client WHERE id = :id").param("id", clientId).query(String.class)
                .single().equals("CLOSED"));

        assertThat(status(post("/api/clients/" + clientId + "/visits", lead,
                visitAt(Instant.now().plus(Duration.ofDays(1)), "HOME_VISIT")))).isEqualTo(409);
        assertThat(status(get("/api/clients/" + clientId + "/visits", lead))).isEqualTo(200);
    }

    private static Map<String, Object> problem(ResponseEntity<Map<String, Object>> response) {
        assertThat(status(response)).isEqualTo(404);
        Map<String, Object> problem = new HashMap<>(response.getBody());
        problem.remove("_raw");
        return problem;
    }

    private static Map<String, Object> withInstance(Map<String, Object> problem, String instance) {
        Map<String, Object> copy = new HashMap<>(problem);
        copy.put("instance", instance);
        return copy;
    }
}
