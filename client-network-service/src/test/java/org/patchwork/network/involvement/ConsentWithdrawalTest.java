package org.patchwork.network.involvement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.network.NetworkIntegrationTest;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client withdraws their consent: every membership resting on consent ends, and statutory ones continue, flagged
 * for their agency's IG officers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentWithdrawalTest extends NetworkIntegrationTest {

    private static final Map<String, Object> WITHDRAWAL = Map.of("reason", "The client told the lead they withdraw consent");

    Pro lead;
    Pro consenting;
    Pro statutory;
    Pro nhsOfficer;
    Pro councilOfficer;
    Pro schoolsOfficer;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Consent Lead", "practitioner");
        consenting = professional("staffs-fire", "Sample", "Consent Firefighter", "practitioner");
        statutory = professional("nhs-primary-care", "Sample", "Statutory Nurse", "practitioner");
        nhsOfficer = professional("nhs-primary-care", "Example", "Consent Officer", "ig-officer");
        councilOfficer = professional("lichfield-dc", "Example", "Council Officer", "ig-officer");
        schoolsOfficer = professional("schools-partnership", "Example", "Schools Officer", "ig-officer");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withdrawalEndsConsentBasedMembershipsOnlyAndFlagsStatutoryOnesForReview() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        joinOnConsent(consenting, clientId);
        join(statutory, clientId);
        String path = "/api/clients/" + clientId + "/consent-withdrawal";

        assertThat(post(path, consenting, WITHDRAWAL).getStatusCode().value()).as("a member who is not the lead")
                .isEqualTo(403);
        assertThat(post(path, lead, Map.of("reason", " ")).getStatusCode().value()).isEqualTo(400);
        assertThat(withdrawalsOf(clientId)).as("nothing stored for refused requests").isZero();

        ResponseEntity<Map<String, Object>> withdrawn = post(path, lead, WITHDRAWAL);

        assertThat(withdrawn.getStatusCode().value()).isEqualTo(201);
        assertThat((List<String>) withdrawn.getBody().get("ended"))
                .containsExactlyInAnyOrder(lead.id().toString(), consenting.id().toString());
        assertThat((List<String>) withdrawn.getBody().get("continuingWithoutConsent"))
                .containsExactly(statutory.id().toString());
        assertThat(get("/api/clients/" + clientId, lead).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/clients/" + clientId, consenting).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/clients/" + clientId, statutory).getStatusCode().value()).isEqualTo(200);
        assertThat(endReasons(clientId)).containsEntry(lead.id(), "CONSENT_WITHDRAWN")
                .containsEntry(consenting.id(), "CONSENT_WITHDRAWN").containsEntry(statutory.id(), "CURRENT");

        List<ConsumerRecord<String, byte[]>> records = records("network.memberships", clientId,
                found -> hasType(found, "ConsentWithdrawn") && hasType(found, "ReplacementNeeded"));
        Map<String, Object> event = json(ofType(records, "ConsentWithdrawn"));
        assertThat(event).containsEntry("actorProfessionalId", lead.id().toString())
                .containsEntry("memberIds", List.of(statutory.id().toString()))
                .containsEntry("leadProfessionalId", null);
        assertThat((List<Map<String, Object>>) event.get("continuingWithoutConsent")).extracting(ref -> ref.get("id"))
                .containsExactly(statutory.id().toString());
        assertThat(new String(ofType(records, "ConsentWithdrawn").value())).doesNotContain("withdraw consent");
        assertThat(json(ofType(records, "ReplacementNeeded"))).containsEntry("reason", "CONSENT_WITHDRAWN")
                .containsEntry("leadLeft", true);

        List<Map<String, Object>> flagged = continuingWithoutConsent(nhsOfficer, clientId);
        assertThat(flagged).singleElement().satisfies(membership -> assertThat(membership)
                .containsEntry("professionalId", statutory.id().toString())
                .containsEntry("legalBasis", "SAFEGUARDING_DUTY")
                .containsEntry("withdrawalReason", WITHDRAWAL.get("reason"))
                .containsEntry("endedAt", null).containsEntry("reviewedAt", null));
        assertThat(continuingWithoutConsent(councilOfficer, clientId)).as("another agency's staff").isEmpty();

        String review = "/api/audit/continuing-without-consent/" + flagged.getFirst().get("membershipId") + "/review";
        assertThat(post(review, councilOfficer, Map.of("outcome", "BASIS_HOLDS")).getStatusCode().value())
                .isEqualTo(404);
        assertThat(post(review, nhsOfficer, Map.of("outcome", "PERHAPS")).getStatusCode().value()).isEqualTo(400);
        ResponseEntity<Map<String, Object>> reviewed = post(review, nhsOfficer,
                Map.of("outcome", "BASIS_HOLDS", "note", "A child protection plan is in place"));
        assertThat(reviewed.getStatusCode().value()).isEqualTo(200);
        assertThat(reviewed.getBody()).containsEntry("outcome", "BASIS_HOLDS")
                .containsEntry("note", "A child protection plan is in place");
        assertThat(reviewed.getBody().get("reviewedAt")).isNotNull();
        assertThat(post(review, nhsOfficer, Map.of("outcome", "CONCERN")).getStatusCode().value()).isEqualTo(409);
        assertThat(continuingWithoutConsent(nhsOfficer, clientId)).as("no longer awaiting review").isEmpty();
        assertThat(continuingWithoutConsent(nhsOfficer, clientId, false)).singleElement()
                .satisfies(membership -> assertThat(membership).containsEntry("outcome", "BASIS_HOLDS"));
        assertThat(auditCount(clientId, "WITHOUT_CONSENT_REVIEWED")).isEqualTo(1);
        assertThat(get("/api/audit/continuing-without-consent", statutory).getStatusCode().value()).isEqualTo(403);
        assertThat(auditCount(clientId, "CONSENT_WITHDRAWN")).isEqualTo(1);
        assertThat(auditCount(clientId, "MEMBER_ENDED_CONSENT_WITHDRAWN")).isEqualTo(2);
        assertThat(withdrawalsOf(clientId)).isEqualTo(1);
    }

    @Test
    void anInformationGovernanceOfficerOfAnInvolvedAgencyMayRecordItAndNoOtherOfficer() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        joinOnConsent(statutory, clientId);
        String path = "/api/clients/" + clientId + "/consent-withdrawal";

        ResponseEntity<Map<String, Object>> notInvolved = post(path, schoolsOfficer, WITHDRAWAL);
        assertThat(notInvolved.getStatusCode().value()).isEqualTo(404);
        assertThat(notInvolved.getBody().get("detail")).isEqualTo(
                post("/api/clients/" + UUID.randomUUID() + "/consent-withdrawal", schoolsOfficer, WITHDRAWAL)
                        .getBody().get("detail"));
        assertThat(post(path, professional("nhs-primary-care", "Sample", "Not A Member", "practitioner"), WITHDRAWAL)
                .getStatusCode().value()).isEqualTo(404);

        assertThat(post(path, nhsOfficer, WITHDRAWAL).getStatusCode().value()).isEqualTo(201);

        assertThat(endReasons(clientId)).containsEntry(lead.id(), "CONSENT_WITHDRAWN")
                .containsEntry(statutory.id(), "CONSENT_WITHDRAWN");
        List<ConsumerRecord<String, byte[]>> records = records("network.memberships", clientId,
                found -> hasType(found, "ConsentWithdrawn"));
        assertThat(json(ofType(records, "ConsentWithdrawn"))).containsEntry("memberIds", List.of())
                .containsEntry("actorProfessionalId", nhsOfficer.id().toString());
        assertThat(records).as("nobody is left to replace the lead")
                .noneMatch(record -> type(record).equals("ReplacementNeeded"));
        assertThat(jdbc.sql("""
                        SELECT actor_agency FROM audit_record WHERE client_id = :clientId AND action = 'CONSENT_WITHDRAWN'""")
                .param("clientId", clientId).query(String.class).single()).isEqualTo("nhs-primary-care");
    }

    private void joinOnConsent(Pro professional, UUID clientId) {
        ResponseEntity<Map<String, Object>> joined = post("/api/clients/" + clientId + "/network/join", professional,
                basis("CONSENT"));
        assertThat(joined.getStatusCode().value()).as("%s", joined.getBody()).isEqualTo(201);
    }

    private List<Map<String, Object>> continuingWithoutConsent(Pro officer, UUID clientId) {
        return continuingWithoutConsent(officer, clientId, true);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> continuingWithoutConsent(Pro officer, UUID clientId, boolean awaitingReview) {
        ResponseEntity<Map<String, Object>> listed = get("/api/audit/continuing-without-consent?awaitingReview="
                + awaitingReview, officer);
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        return ((List<Map<String, Object>>) listed.getBody().get("items")).stream()
                .filter(entry -> entry.get("clientId").equals(clientId.toString())).toList();
    }

    private Map<UUID, String> endReasons(UUID clientId) {
        Map<UUID, String> reasons = new java.util.HashMap<>();
        jdbc.sql("SELECT professional_id, COALESCE(end_reason, 'CURRENT') AS reason FROM membership WHERE client_id = :c")
                .param("c", clientId)
                .query((rs, row) -> reasons.put(rs.getObject("professional_id", UUID.class), rs.getString("reason")))
                .list();
        return reasons;
    }

    private long withdrawalsOf(UUID clientId) {
        return jdbc.sql("SELECT count(*) FROM consent_withdrawal WHERE client_id = :c").param("c", clientId)
                .query(Long.class).single();
    }
}
