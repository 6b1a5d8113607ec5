package org.patchwork.network.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.platform.test.contracts.EventContracts;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Who looked at this client, and why" answered by one query across client-network and the schedule, a page at a
 * time, by who acted or whom it was about.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneAuditAcrossServicesTest extends NetworkIntegrationTest {

    private static final EventContracts SCHEDULE = EventContracts.of("schedule-service");

    Pro lead;
    Pro nurse;
    Pro lichfieldIg;
    Pro fireIg;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Audit Lead", "practitioner");
        nurse = professional("nhs-primary-care", "Sample", "Audit Nurse", "practitioner");
        lichfieldIg = professional("lichfield-dc", "Example", "Audit IG", "ig-officer");
        fireIg = professional("staffs-fire", "Example", "Uninvolved IG", "ig-officer");
    }

    @Test
    void theClientsTrailHoldsTheSchedulesReadsWithTheReadersBasis() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);
        get("/api/clients/" + clientId, nurse);

        scheduleAccessed(nurse, "VISITS_VIEWED", List.of(clientId));

        List<Map<String, Object>> trail = items(get("/api/audit?clientId=" + clientId, lichfieldIg));
        assertThat(trail).anySatisfy(record -> assertThat(record).containsEntry("service", "schedule")
                .containsEntry("action", "VISITS_VIEWED").containsEntry("clientId", clientId.toString())
                .containsEntry("actorProfessionalId", nurse.id().toString())
                .containsEntry("actorName", "Sample Audit Nurse").containsEntry("actorAgency", "nhs-primary-care")
                .containsEntry("basis", "SAFEGUARDING_DUTY"));
        assertThat(trail).anySatisfy(record -> assertThat(record).containsEntry("service", "client-network")
                .containsEntry("action", "CLIENT_VIEWED").containsEntry("actorProfessionalId", nurse.id().toString()));
    }

    @Test
    void aScheduleCaseloadIsShownForEachClientListedAndOnlyToAgenciesInvolvedWithIt() {
        Pro firefighter = professional("staffs-fire", "Sample", "Audit Firefighter", "practitioner");
        UUID withLichfield = registerClient(lead, uniqueFamilyName());
        UUID withoutLichfield = registerClient(firefighter, uniqueFamilyName());
        join(nurse, withLichfield);
        join(nurse, withoutLichfield);

        scheduleAccessed(nurse, "CASELOAD_VIEWED", List.of(withLichfield, withoutLichfield));

        assertThat(items(get("/api/audit?actorProfessionalId=" + nurse.id() + "&size=500", lichfieldIg)))
                .filteredOn(record -> "CASELOAD_VIEWED".equals(record.get("action")))
                .extracting(record -> record.get("clientId")).containsExactly(withLichfield.toString());
        assertThat(items(get("/api/audit?clientId=" + withoutLichfield, fireIg)))
                .filteredOn(record -> "CASELOAD_VIEWED".equals(record.get("action"))).singleElement()
                .satisfies(record -> assertThat(record).containsEntry("service", "schedule"));
    }

    @Test
    void anOfficerPagesThroughMoreThanAThousandRecordsNewestFirstWithoutRepeatsOrGaps() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 1_200; i++) {
            jdbc.sql("""
                            INSERT INTO audit_record (occurred_at, actor_subject, actor_professional_id, actor_agency,
                                                      action, client_id, basis)
                            VALUES (:at, 'seeded', :actor, 'lichfield-dc', 'CLIENT_VIEWED', :clientId, 'CONSENT')""")
                    .param("at", Timestamp.from(start.plusSeconds(i))).param("actor", lead.id())
                    .param("clientId", clientId).update();
        }
        String query = "/api/audit?clientId=" + clientId + "&to=2026-02-01T00:00:00Z&size=500&page=";

        List<String> times = new ArrayList<>();
        Map<String, Object> page;
        int number = 0;
        do {
            page = get(query + number++, lichfieldIg).getBody();
            items(page).forEach(record -> times.add((String) record.get("occurredAt")));
        } while ((Boolean) page.get("hasNext"));

        assertThat(number).isEqualTo(3);
        assertThat(times).hasSize(1_200).doesNotHaveDuplicates();
        assertThat(times.getFirst()).isEqualTo(start.plusSeconds(1_199).toString());
        assertThat(times.getLast()).isEqualTo(start.toString());
        assertThat(jdbc.sql("""
                        SELECT detail FROM audit_record
                        WHERE action = 'AUDIT_VIEWED' AND client_id = :clientId AND actor_subject = :officer
                        ORDER BY id""")
                .param("clientId", clientId).param("officer", lichfieldIg.user().id()).query(String.class).list())
                .containsExactly("page 0, 500 records", "page 1, 500 records", "page 2, 200 records");
    }

    @Test
    void badPagingIsRefusedAsAProblemAndNothingIsRecorded() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        long before = auditCount(clientId, "AUDIT_VIEWED");

        for (String paging : List.of("page=-1", "size=0", "size=501", "page=first")) {
            ResponseEntity<Map<String, Object>> refused = get("/api/audit?clientId=" + clientId + "&" + paging,
                    lichfieldIg);
            assertThat(refused.getStatusCode().value()).as(paging).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType().toString()).as(paging)
                    .isEqualTo("application/problem+json");
        }

        assertThat(auditCount(clientId, "AUDIT_VIEWED")).isEqualTo(before);
    }

    @Test
    void anOfficerFiltersByTheProfessionalWhoActedAndByTheProfessionalTheRecordIsAbout() {
        Pro leaver = professional("nhs-primary-care", "Sample", "Audit Leaver", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);
        join(leaver, clientId);
        assertThat(call(org.springframework.http.HttpMethod.DELETE,
                "/api/clients/" + clientId + "/network/members/" + leaver.id(), lead, null)
                .getStatusCode().value()).isEqualTo(204);
        scheduleAccessed(nurse, "CONTACTS_VIEWED", List.of(clientId));

        List<Map<String, Object>> byNurse = items(get("/api/audit?clientId=" + clientId + "&actorProfessionalId="
                + nurse.id(), lichfieldIg));
        List<Map<String, Object>> aboutLeaver = items(get("/api/audit?clientId=" + clientId
                + "&subjectProfessionalId=" + leaver.id(), lichfieldIg));

        assertThat(byNurse).isNotEmpty().allSatisfy(record -> assertThat(record)
                .containsEntry("actorProfessionalId", nurse.id().toString()));
        assertThat(byNurse).extracting(record -> record.get("action")).contains("MEMBER_JOINED", "CONTACTS_VIEWED");
        assertThat(aboutLeaver).allSatisfy(record -> assertThat(record)
                .containsEntry("professionalId", leaver.id().toString()));
        assertThat(aboutLeaver).extracting(record -> record.get("action"))
                .containsExactlyInAnyOrder("MEMBER_JOINED", "MEMBER_REMOVED");
        assertThat(aboutLeaver).filteredOn(record -> "MEMBER_REMOVED".equals(record.get("action"))).singleElement()
                .satisfies(record -> assertThat(record).containsEntry("actorProfessionalId", lead.id().toString()));
    }

    @Test
    void anOfficerOfAnAgencyNeverInvolvedWithTheClientIsRefusedAsIfItDidNotExist() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        scheduleAccessed(lead, "VISITS_VIEWED", List.of(clientId));

        ResponseEntity<Map<String, Object>> refused = get("/api/audit?clientId=" + clientId, fireIg);
        ResponseEntity<Map<String, Object>> unknown = get("/api/audit?clientId=" + UUID.randomUUID(), fireIg);

        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(refused.getBody().get("detail")).isEqualTo(unknown.getBody().get("detail"));
        assertThat((String) refused.getBody().get("_raw")).doesNotContain("VISITS_VIEWED");
        assertThat(get("/api/audit?clientId=" + clientId, nurse).getStatusCode().value()).isEqualTo(403);
    }

    /** The schedule service's record of an access, as it publishes it, waiting until the trail holds it. */
    private void scheduleAccessed(Pro who, String action, List<UUID> clientIds) {
        String eventId = UUID.randomUUID().toString();
        ObjectNode event = SCHEDULE.example("schedule.access", "ScheduleAccessed").put("eventId", eventId)
                .put("occurredAt", Instant.now().toString()).put("action", action);
        ((ObjectNode) event.get("professional")).put("id", who.id().toString()).put("keycloakSubject", who.user().id())
                .put("agency", who.agency());
        ArrayNode listed = event.putArray("clientIds");
        clientIds.forEach(id -> listed.add(id.toString()));
        SCHEDULE.publish("schedule.access", "ScheduleAccessed", who.id().toString(), event);
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM processed_event WHERE event_id = CAST(:eventId AS uuid)")
                .param("eventId", eventId).query(Long.class).single() == 1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(200);
        return items(response.getBody());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
