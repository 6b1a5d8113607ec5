package org.patchwork.network.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.network.NetworkIntegrationTest;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailTest extends NetworkIntegrationTest {

    Pro lead;
    Pro nurse;
    Pro lichfieldIg;
    Pro fireIg;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Tenancy Officer", "practitioner");
        nurse = professional("nhs-primary-care", "Sample", "School Nurse", "practitioner");
        lichfieldIg = professional("lichfield-dc", "Example", "Lichfield IG", "ig-officer");
        fireIg = professional("staffs-fire", "Example", "Fire IG", "ig-officer");
    }

    @Test
    void everyReadOfClientDataWritesExactlyOneAuditRecordWithTheReadersBasis() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);
        long before = auditCount(clientId);

        get("/api/clients/" + clientId, nurse);
        get("/api/clients/" + clientId + "/network", nurse);
        get("/api/clients/" + clientId + "/attentions", nurse);
        get("/api/me/clients", nurse);

        assertThat(auditCount(clientId)).isEqualTo(before + 4);
        assertThat(jdbc.sql("""
                        SELECT action || ':' || basis FROM audit_record
                        WHERE client_id = :c AND actor_professional_id = :p AND action LIKE '%VIEWED' ORDER BY id""")
                .param("c", clientId).param("p", nurse.id()).query(String.class).list())
                .containsExactly("CLIENT_VIEWED:SAFEGUARDING_DUTY", "NETWORK_VIEWED:SAFEGUARDING_DUTY",
                        "ATTENTIONS_VIEWED:SAFEGUARDING_DUTY");
    }

    @Test
    void refusedReadsOfAClientWriteNoClientRecordAndRevealNothing() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        long before = auditCount(clientId);

        assertThat(get("/api/clients/" + clientId, nurse).getStatusCode().value()).isEqualTo(404);

        assertThat(auditCount(clientId)).isEqualTo(before);
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeletedEvenByTheService() {
        UUID clientId = registerClient(lead, uniqueFamilyName());

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET action = 'NOTHING' WHERE client_id = :c")
                .param("c", clientId).update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record WHERE client_id = :c").param("c", clientId).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_record").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(auditCount(clientId, "CLIENT_REGISTERED")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIgOfficerSeesWhoLookedAtTheirAgencysClientsAndWhy() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);
        get("/api/clients/" + clientId, nurse);

        ResponseEntity<Map<String, Object>> trail = get("/api/audit?clientId=" + clientId, lichfieldIg);

        assertThat(trail.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> records = (List<Map<String, Object>>) trail.getBody().get("items");
        assertThat(records).anySatisfy(record -> assertThat(record)
                .containsEntry("action", "CLIENT_VIEWED").containsEntry("actorProfessionalId", nurse.id().toString())
                .containsEntry("actorName", "Sample School Nurse").containsEntry("actorAgency", "nhs-primary-care")
                .containsEntry("basis", "SAFEGUARDING_DUTY"));
        assertThat((String) trail.getBody().get("_raw")).doesNotContain("1 Example Row");
        assertThat(get("/api/audit?clientId=" + clientId, fireIg).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseloadIsOneStoredRecordShownOncePerClientAndOnlyForClientsTheOfficersAgencyIsInvolvedWith() {
        Pro health = professional("nhs-primary-care", "Sample", "Health Visitor", "practitioner");
        Pro healthIg = professional("nhs-primary-care", "Example", "Health IG", "ig-officer");
        Pro firefighter = professional("staffs-fire", "Sample", "Crew Commander", "practitioner");
        UUID withLichfield = registerClient(lead, uniqueFamilyName());
        UUID withoutLichfield = registerClient(firefighter, uniqueFamilyName());
        join(health, withLichfield);
        join(health, withoutLichfield);

        assertThat(get("/api/me/clients", health).getStatusCode().value()).isEqualTo(200);

        assertThat(jdbc.sql("""
                        SELECT client_ids::text[] FROM audit_record
                        WHERE actor_professional_id = :p AND action = 'CLIENTS_LISTED'""")
                .param("p", health.id()).query((row, n) -> List.of((String[]) row.getArray(1).getArray())).list())
                .singleElement().satisfies(listed -> assertThat(listed).containsExactlyInAnyOrder(
                        withLichfield.toString(), withoutLichfield.toString()));
        List<Map<String, Object>> ownStaff = (List<Map<String, Object>>) get(
                "/api/audit?actorProfessionalId=" + health.id(), healthIg).getBody().get("items");
        assertThat(ownStaff).filteredOn(record -> "CLIENTS_LISTED".equals(record.get("action")))
                .extracting(record -> record.get("clientId"))
                .containsExactlyInAnyOrder(withLichfield.toString(), withoutLichfield.toString());
        List<Map<String, Object>> seenByLichfield = (List<Map<String, Object>>) get(
                "/api/audit?actorProfessionalId=" + health.id(), lichfieldIg).getBody().get("items");
        assertThat(seenByLichfield).filteredOn(record -> "CLIENTS_LISTED".equals(record.get("action")))
                .singleElement().satisfies(record -> assertThat(record)
                        .containsEntry("clientId", withLichfield.toString())
                        .containsEntry("actorName", "Sample Health Visitor")
                        .containsEntry("detail", "listed among my clients"));
        assertThat((List<Map<String, Object>>) get("/api/audit?clientId=" + withoutLichfield, fireIg).getBody()
                .get("items")).filteredOn(record -> "CLIENTS_LISTED".equals(record.get("action")))
                .singleElement().satisfies(record -> assertThat(record)
                        .containsEntry("actorProfessionalId", health.id().toString())
                        .containsEntry("clientId", withoutLichfield.toString()));
        assertThat(get("/api/audit?clientId=" + withoutLichfield, lichfieldIg).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void aPractitionerWithNoClientsListsNothingAndNothingIsRecorded() {
        Pro newcomer = professional("staffs-fire", "Sample", "Safety Adviser", "practitioner");

        assertThat(get("/api/me/clients", newcomer).getStatusCode().value()).isEqualTo(200);

        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE actor_professional_id = :p")
                .param("p", newcomer.id()).query(Long.class).single()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIgOfficerSeesWhatTheirOwnStaffLookedAtButNotOtherAgenciesStaff() {
        Pro firefighter = professional("staffs-fire", "Sample", "Watch Manager", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(firefighter, clientId);
        get("/api/clients/" + clientId, firefighter);

        List<Map<String, Object>> fireStaff = (List<Map<String, Object>>) get(
                "/api/audit?actorProfessionalId=" + firefighter.id(), fireIg).getBody().get("items");
        List<Map<String, Object>> nurseSeenByFire = (List<Map<String, Object>>) get(
                "/api/audit?actorProfessionalId=" + nurse.id(), fireIg).getBody().get("items");

        assertThat(fireStaff).extracting(record -> record.get("action")).contains("MEMBER_JOINED", "CLIENT_VIEWED");
        assertThat(nurseSeenByFire).allSatisfy(record -> assertThat(List.of(record.get("clientId")))
                .isSubsetOf(jdbc.sql("SELECT client_id::text FROM membership WHERE agency = 'staffs-fire'")
                        .query(String.class).list()));
        assertThat(get("/api/audit?from=2030-01-01T00:00:00Z&to=2020-01-01T00:00:00Z", fireIg).getStatusCode().value())
                .isEqualTo(400);
        assertThat(get("/api/audit", lead).getStatusCode().value()).isEqualTo(403);
    }
}
