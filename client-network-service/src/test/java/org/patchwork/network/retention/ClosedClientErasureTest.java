package org.patchwork.network.retention;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.network.NetworkIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client closed longer than the retention period (six years by default) is erased from this service: their own rows
 * go, the audit records naming them are pseudonymised, the erasure is audited and published; other clients, a client
 * closed more recently and a reopened one are untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedClientErasureTest extends NetworkIntegrationTest {

    /** Every table of this service that holds rows about one client. */
    private static final List<String> CLIENT_TABLES = List.of("membership", "invitation", "attention",
            "consent_withdrawal", "client_status_change", "schedule_visit", "schedule_contact");

    @Autowired
    ClientErasure erasure;

    Pro lead;
    Pro member;
    Pro invitee;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Retention Lead", "practitioner");
        member = professional("nhs-primary-care", "Sample", "Retention Nurse", "practitioner");
        invitee = professional("staffs-fire", "Sample", "Retention Firefighter", "practitioner");
    }

    @Test
    void aClientClosedLongerThanTheRetentionPeriodIsErasedAndTheirAuditPseudonymised() {
        UUID erased = registerClient(lead, uniqueFamilyName());
        UUID sibling = registerInHousehold(lead, erased);
        join(member, erased);
        join(member, sibling);
        invite(lead, erased, invitee);
        assertThat(post("/api/clients/" + erased + "/attentions", member,
                Map.of("message", "Dog on site: call ahead", "priority", "NORMAL")).getStatusCode().value())
                .isEqualTo(201);
        publishVisitEvent("VisitScheduled", erased, UUID.randomUUID(), member, clock.instant().plus(Duration.ofDays(2)),
                45);
        assertThat(get("/api/me/clients", lead).getStatusCode().value()).as("a listing naming both").isEqualTo(200);
        assertThat(get("/api/clients/" + sibling, member).getStatusCode().value()).isEqualTo(200);
        close(erased, "SUPPORT_NO_LONGER_NEEDED");
        long erasedAudit = auditCount(erased);
        long closedRecord = jdbc.sql("SELECT id FROM audit_record WHERE client_id = :id AND action = 'CLIENT_CLOSED'")
                .param("id", erased).query(Long.class).single();
        long siblingAudit = auditCount(sibling);
        Map<String, Object> siblingRows = rowsAbout(sibling);

        clock.advance(Duration.ofDays(6 * 366 + 1));
        UUID closedRecently = registerClient(lead, uniqueFamilyName());
        close(closedRecently, "MOVED_OUT_OF_AREA");
        eraseEverythingDue();

        assertThat(jdbc.sql("SELECT count(*) FROM client WHERE id = :id").param("id", erased).query(Long.class).single())
                .isZero();
        assertThat(rowsAbout(erased)).as("every table's rows about the erased client")
                .allSatisfy((table, count) -> assertThat(count).as(table).isEqualTo(0L));
        assertThat(auditCount(erased)).as("no audit record names the erased client any more").isZero();
        UUID pseudonym = jdbc.sql("SELECT client_id FROM audit_record WHERE id = :id").param("id", closedRecord)
                .query(UUID.class).single();
        assertThat(pseudonym).isNotEqualTo(erased);
        assertThat(auditCount(pseudonym)).as("the same records, and the erasure").isEqualTo(erasedAudit + 1);
        assertThat(auditCount(pseudonym, "CLIENT_CLOSED")).isEqualTo(1);
        assertThat(auditCount(pseudonym, "CLIENTS_LISTED")).as("the listing names the pseudonym").isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT actor_agency || ' ' || detail FROM audit_record
                        WHERE client_id = :p AND action = 'CLIENT_RECORDS_ERASED'""")
                .param("p", pseudonym).query(String.class).single())
                .startsWith("lichfield-dc records of a client closed on").contains("P6Y").doesNotContain(erased.toString());

        assertThat(auditCount(sibling)).as("the other client's audit is untouched").isEqualTo(siblingAudit);
        assertThat(rowsAbout(sibling)).as("the other client's rows are untouched").isEqualTo(siblingRows);
        assertThat(get("/api/clients/" + sibling, member).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/clients/" + closedRecently, lead).getStatusCode().value())
                .as("closed within the retention period: kept").isEqualTo(200);

        List<ConsumerRecord<String, byte[]>> records = records("network.clients", erased,
                found -> hasType(found, "ClientRecordsErased"));
        assertThat(json(ofType(records, "ClientRecordsErased"))).containsOnlyKeys("eventId", "occurredAt", "clientId")
                .containsEntry("clientId", erased.toString());

        assertThat(erasure.eraseDue()).as("erasing again finds nothing").isZero();
        assertThat(auditCount(pseudonym)).isEqualTo(erasedAudit + 1);
    }

    @Test
    void theAuditTrailAcceptsNoOtherChange() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        UUID other = registerClient(lead, uniqueFamilyName());
        close(clientId, "DIED");
        clock.advance(Duration.ofDays(6 * 366 + 1));
        eraseEverythingDue();
        UUID pseudonym = jdbc.sql("""
                        SELECT client_id FROM audit_record WHERE action = 'CLIENT_CLOSED'
                          AND client_id NOT IN (SELECT id FROM client) ORDER BY id DESC LIMIT 1""")
                .query(UUID.class).single();
        assertThat(auditCount(clientId)).isZero();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET client_id = :p WHERE client_id = :live")
                .param("p", pseudonym).param("live", other).update())
                .as("a live client's records cannot be pseudonymised").isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET client_id = :random WHERE client_id = :p")
                .param("random", UUID.randomUUID()).param("p", pseudonym).update())
                .as("nor re-pseudonymised to an id no erasure recorded").isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET detail = 'rewritten' WHERE client_id = :p")
                .param("p", pseudonym).update())
                .as("nothing else in a pseudonymised record changes").isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record WHERE client_id = :p").param("p", pseudonym).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadClosesAndReopensWithCodedReasonsAndAReopenedClientIsKept() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(member, clientId);
        String reopen = "/api/clients/" + clientId + "/reopen";

        assertThat(post("/api/clients/" + clientId + "/close", lead, Map.of("reason", "BORED")).getStatusCode().value())
                .as("an unknown reason").isEqualTo(400);
        assertThat(post("/api/clients/" + clientId + "/close", member, Map.of("reason", "DIED")).getStatusCode().value())
                .isEqualTo(403);
        close(clientId, "SUPPORT_NO_LONGER_NEEDED");
        assertThat(post(reopen, member, Map.of("reason", "NEW_CONCERN")).getStatusCode().value()).isEqualTo(403);
        assertThat(post(reopen, lead, Map.of("reason", "NEW_CONCERN", "note", "x".repeat(501))).getStatusCode().value())
                .isEqualTo(400);

        ResponseEntity<Map<String, Object>> reopened = post(reopen, lead,
                Map.of("reason", "NEW_CONCERN", "note", "Referral from the school"));

        assertThat(reopened.getStatusCode().value()).isEqualTo(200);
        assertThat(reopened.getBody()).containsEntry("status", "OPEN");
        assertThat(post(reopen, lead, Map.of("reason", "NEW_CONCERN")).getStatusCode().value()).isEqualTo(409);
        assertThat(auditCount(clientId, "CLIENT_REOPENED")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT detail FROM audit_record WHERE client_id = :id AND action = 'CLIENT_REOPENED'")
                .param("id", clientId).query(String.class).single()).isEqualTo("NEW_CONCERN");
        assertThat(jdbc.sql("""
                        SELECT status || ' ' || reason || ' ' || COALESCE(note, '-') FROM client_status_change
                        WHERE client_id = :id ORDER BY changed_at""")
                .param("id", clientId).query(String.class).list())
                .containsExactly("CLOSED SUPPORT_NO_LONGER_NEEDED -", "OPEN NEW_CONCERN Referral from the school");
        List<ConsumerRecord<String, byte[]>> records = records("network.clients", clientId,
                found -> hasType(found, "ClientReopened"));
        Map<String, Object> event = json(ofType(records, "ClientReopened"));
        assertThat(event).containsEntry("leadProfessionalId", lead.id().toString());
        assertThat((List<Object>) event.get("memberIds"))
                .containsExactlyInAnyOrder(lead.id().toString(), member.id().toString());
        assertThat(new String(ofType(records, "ClientReopened").value())).doesNotContain("Referral from the school");

        clock.advance(Duration.ofDays(6 * 366 + 1));
        eraseEverythingDue();
        assertThat(get("/api/clients/" + clientId, lead).getStatusCode().value()).as("reopened: not erased")
                .isEqualTo(200);
    }

    private void close(UUID clientId, String reason) {
        ResponseEntity<Map<String, Object>> closed = post("/api/clients/" + clientId + "/close", lead,
                Map.of("reason", reason));
        assertThat(closed.getStatusCode().value()).as("%s", closed.getBody()).isEqualTo(200);
    }

    private UUID registerInHousehold(Pro lead, UUID householdWith) {
        ResponseEntity<Map<String, Object>> created = post("/api/clients", lead, Map.of(
                "client", clientDetails("Sam", uniqueFamilyName(), LocalDate.of(2017, 6, 1), "WS13 6YY"),
                "basis", basis("CONSENT"), "householdWithClientId", householdWith.toString()));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return UUID.fromString((String) created.getBody().get("id"));
    }

    /** As the nightly job does: batch after batch until none is left. */
    private void eraseEverythingDue() {
        int erased;
        do {
            erased = erasure.eraseDue();
        } while (erased > 0);
    }

    private Map<String, Object> rowsAbout(UUID clientId) {
        Map<String, Object> counts = new java.util.TreeMap<>();
        for (String table : CLIENT_TABLES) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table + " WHERE client_id = :id")
                    .param("id", clientId).query(Long.class).single());
        }
        counts.put("client", jdbc.sql("SELECT count(*) FROM client WHERE id = :id").param("id", clientId)
                .query(Long.class).single());
        return counts;
    }
}
