package org.patchwork.schedule.subjectaccess;

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

/** The schedule's part of a subject access export: every visit and contact of that client, to an involved IG officer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleExportTest extends ScheduleIntegrationTest {

    Pro lead;
    Pro nurse;
    Pro lichfieldIg;
    Pro fireIg;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Export Worker");
        nurse = professional("nhs-primary-care", "Sample", "Export Nurse");
        lichfieldIg = professional("lichfield-dc", "Example", "Export IG", "ig-officer");
        fireIg = professional("staffs-fire", "Example", "Export Fire IG", "ig-officer");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInvolvedOfficerGetsEveryVisitAndContactOfThatClientOnlyAndTheExportIsRecorded() {
        UUID clientId = network(lead, nurse);
        UUID otherClient = network(lead, nurse);
        UUID visitId = scheduleVisit(nurse, clientId, Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        UUID otherVisit = scheduleVisit(nurse, otherClient, Instant.now().plus(4, ChronoUnit.DAYS));
        assertThat(status(post("/api/clients/" + clientId + "/contacts", lead, Map.of("contactedAt",
                Instant.now().minus(1, ChronoUnit.DAYS).toString(), "channel", "PHONE", "outcome", "COMPLETED"))))
                .isEqualTo(201);
        assertThat(status(post("/api/clients/" + otherClient + "/contacts", lead, Map.of("contactedAt",
                Instant.now().minus(2, ChronoUnit.DAYS).toString(), "channel", "VIDEO", "outcome", "COMPLETED"))))
                .isEqualTo(201);

        ResponseEntity<Map<String, Object>> export = get("/api/clients/" + clientId + "/subject-access-export",
                lichfieldIg);

        assertThat(status(export)).isEqualTo(200);
        assertThat(export.getBody()).containsEntry("clientId", clientId.toString());
        assertThat((List<Map<String, Object>>) export.getBody().get("visits")).singleElement()
                .satisfies(visit -> assertThat(visit).containsEntry("id", visitId.toString())
                        .containsEntry("visitorProfessionalId", nurse.id().toString())
                        .containsEntry("scheduledByProfessionalId", nurse.id().toString())
                        .containsKeys("purpose", "status", "startsAt"));
        assertThat((List<Map<String, Object>>) export.getBody().get("contacts")).singleElement()
                .satisfies(contact -> assertThat(contact).containsEntry("channel", "PHONE")
                        .containsEntry("professionalId", lead.id().toString()));
        assertThat((String) export.getBody().get("_raw")).doesNotContain(otherClient.toString(),
                otherVisit.toString(), "VIDEO");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM access_record
                        WHERE professional_id = :officer AND client_id = :clientId AND action = 'SUBJECT_ACCESS_EXPORTED'""")
                .param("officer", lichfieldIg.id()).param("clientId", clientId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void onlyAnOfficerOfAnAgencyInvolvedNowMayExport() {
        UUID clientId = network(lead, nurse);

        ResponseEntity<Map<String, Object>> uninvolved = get("/api/clients/" + clientId + "/subject-access-export",
                fireIg);
        ResponseEntity<Map<String, Object>> unknown = get("/api/clients/" + UUID.randomUUID()
                + "/subject-access-export", fireIg);

        assertThat(status(uninvolved)).isEqualTo(404);
        assertThat(uninvolved.getBody().get("detail")).isEqualTo(unknown.getBody().get("detail"));
        assertThat(status(get("/api/clients/" + clientId + "/subject-access-export", nurse))).isEqualTo(403);
    }
}
