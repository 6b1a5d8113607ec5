package org.patchwork.network.membership;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.network.NetworkIntegrationTest;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Self-joins (break-glass) are listed for, and reviewed by, the joining professional's agency's IG officers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfJoinReviewTest extends NetworkIntegrationTest {

    Pro lead;
    Pro officer;
    Pro otherAgencyOfficer;

    @BeforeAll
    void professionals() {
        lead = professional("staffs-fire", "Sample", "Review Lead", "practitioner");
        officer = professional("lichfield-dc", "Example", "Review Officer", "ig-officer");
        otherAgencyOfficer = professional("nhs-primary-care", "Example", "Other Officer", "ig-officer");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIgOfficerSeesTheirAgencysSelfJoinsButNotTheClientAndNotJoinsByInvitation() {
        Pro joiner = professional("lichfield-dc", "Sample", "Break Glass", "practitioner");
        Pro invitee = professional("lichfield-dc", "Sample", "Invited Colleague", "practitioner");
        String family = uniqueFamilyName();
        UUID clientId = registerClient(lead, family);
        join(joiner, clientId);
        UUID invitation = invite(lead, clientId, invitee);
        assertThat(post("/api/invitations/" + invitation + "/accept", invitee, basis("CONSENT")).getStatusCode().value())
                .isEqualTo(200);

        ResponseEntity<Map<String, Object>> listed = get("/api/audit/self-joins", officer);

        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> ofClient = selfJoinsOf(listed, clientId);
        assertThat(ofClient).singleElement().satisfies(selfJoin -> assertThat(selfJoin)
                .containsEntry("professionalId", joiner.id().toString())
                .containsEntry("professionalName", "Sample Break Glass")
                .containsEntry("legalBasis", "SAFEGUARDING_DUTY")
                .containsEntry("reason", "Supporting the family after a referral")
                .containsEntry("reviewedAt", null));
        assertThat(listed.getBody().get("_raw").toString()).doesNotContain(family, "Example Row", "WS13");
        assertThat(selfJoinsOf(get("/api/audit/self-joins", otherAgencyOfficer), clientId)).isEmpty();
        assertThat(get("/api/audit/self-joins", joiner).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/audit/self-joins", null).getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE actor_subject = :s AND action = 'SELF_JOINS_VIEWED'")
                .param("s", officer.user().id()).query(Long.class).single()).isPositive();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSelfJoinIsReviewedOnceByAnOfficerOfTheJoinersAgencyAndTheReviewIsAudited() {
        Pro joiner = professional("lichfield-dc", "Sample", "Reviewed Joiner", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(joiner, clientId);
        String membershipId = (String) selfJoinsOf(get("/api/audit/self-joins", officer), clientId).getFirst()
                .get("membershipId");
        String review = "/api/audit/self-joins/" + membershipId + "/review";

        assertThat(post(review, otherAgencyOfficer, Map.of("outcome", "CONCERN")).getStatusCode().value()).isEqualTo(404);
        assertThat(post(review, joiner, Map.of("outcome", "APPROPRIATE")).getStatusCode().value()).isEqualTo(403);
        assertThat(post(review, officer, Map.of("note", "No outcome given")).getStatusCode().value()).isEqualTo(400);
        assertThat(post(review, officer, Map.of("outcome", "APPROPRIATE", "note", "x".repeat(501)))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(post(review, officer, Map.of("outcome", "PERHAPS")).getStatusCode().value()).isEqualTo(400);
        assertThat(post("/api/audit/self-joins/" + UUID.randomUUID() + "/review", officer, Map.of("outcome", "CONCERN"))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(selfJoinsOf(get("/api/audit/self-joins", officer), clientId)).singleElement()
                .satisfies(selfJoin -> assertThat(selfJoin).containsEntry("reviewedAt", null));

        ResponseEntity<Map<String, Object>> reviewed = post(review, officer,
                Map.of("outcome", "APPROPRIATE", "note", "Duty social worker out of hours; confirmed with manager"));

        assertThat(reviewed.getStatusCode().value()).isEqualTo(200);
        assertThat(reviewed.getBody()).containsEntry("outcome", "APPROPRIATE").containsKey("reviewedAt");
        assertThat(reviewed.getBody().get("reviewedAt")).isNotNull();
        assertThat(post(review, officer, Map.of("outcome", "CONCERN")).getStatusCode().value()).isEqualTo(409);
        assertThat(selfJoinsOf(get("/api/audit/self-joins", officer), clientId)).isEmpty();
        assertThat(selfJoinsOf(get("/api/audit/self-joins?awaitingReview=false", officer), clientId)).singleElement()
                .satisfies(selfJoin -> assertThat(selfJoin).containsEntry("outcome", "APPROPRIATE")
                        .containsEntry("note", "Duty social worker out of hours; confirmed with manager"));
        assertThat(auditCount(clientId, "SELF_JOIN_REVIEWED")).isEqualTo(1);
    }

    @Test
    void anIgOfficersOwnSelfJoinIsReviewedByAnotherOfficerOfTheAgencyNeverByThemselves() {
        Pro joiningOfficer = professional("lichfield-dc", "Example", "Joining Officer", "practitioner", "ig-officer");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(joiningOfficer, clientId);
        Map<String, Object> own = selfJoinsOf(get("/api/audit/self-joins", joiningOfficer), clientId).getFirst();
        String review = "/api/audit/self-joins/" + own.get("membershipId") + "/review";
        assertThat(own).containsEntry("officersOwn", true);
        assertThat(selfJoinsOf(get("/api/audit/self-joins", officer), clientId)).singleElement()
                .satisfies(selfJoin -> assertThat(selfJoin).containsEntry("officersOwn", false));

        ResponseEntity<Map<String, Object>> refused = post(review, joiningOfficer, Map.of("outcome", "APPROPRIATE"));

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody().get("type").toString()).endsWith("own-self-join");
        assertThat(refused.getBody().get("detail").toString()).contains("another information governance officer");
        assertThat(auditCount(clientId, "SELF_JOIN_REVIEWED")).isZero();
        assertThat(selfJoinsOf(get("/api/audit/self-joins", officer), clientId)).singleElement()
                .satisfies(selfJoin -> assertThat(selfJoin).containsEntry("reviewedAt", null));

        assertThat(post(review, officer, Map.of("outcome", "APPROPRIATE")).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/audit/self-joins/" + own.get("membershipId"), joiningOfficer).getBody())
                .containsEntry("outcome", "APPROPRIATE").containsEntry("officersOwn", true);
    }

    @Test
    void thePlatformsIgOfficersReviewSelfJoinsMadeByOfficersAndNoOthers() {
        Pro platformOfficer = platformStaff("Example", "Platform Officer", "ig-officer");
        Pro soleOfficer = professional("staffs-fire", "Example", "Sole Officer", "practitioner", "ig-officer");
        Pro joiner = professional("staffs-fire", "Sample", "Plain Joiner", "practitioner");
        UUID officersClient = registerClient(lead, uniqueFamilyName());
        UUID practitionersClient = registerClient(lead, uniqueFamilyName());
        join(soleOfficer, officersClient);
        join(joiner, practitionersClient);

        Map<String, Object> officersJoin = selfJoinsOf(get("/api/audit/self-joins", platformOfficer), officersClient)
                .getFirst();
        String practitionersJoin = (String) selfJoinsOf(get("/api/audit/self-joins", soleOfficer), practitionersClient)
                .getFirst().get("membershipId");

        assertThat(officersJoin).containsEntry("agency", "staffs-fire").containsEntry("joinedByIgOfficer", true)
                .containsEntry("officersOwn", false);
        assertThat(selfJoinsOf(get("/api/audit/self-joins", platformOfficer), practitionersClient)).isEmpty();
        assertThat(get("/api/audit/self-joins/" + practitionersJoin, platformOfficer).getStatusCode().value())
                .isEqualTo(404);
        assertThat(post("/api/audit/self-joins/" + practitionersJoin + "/review", platformOfficer,
                Map.of("outcome", "CONCERN")).getStatusCode().value()).isEqualTo(404);
        assertThat(post("/api/audit/self-joins/" + officersJoin.get("membershipId") + "/review", soleOfficer,
                Map.of("outcome", "APPROPRIATE")).getStatusCode().value()).isEqualTo(403);

        ResponseEntity<Map<String, Object>> reviewed = post("/api/audit/self-joins/" + officersJoin.get("membershipId")
                + "/review", platformOfficer, Map.of("outcome", "APPROPRIATE", "note", "Out-of-hours cover confirmed"));

        assertThat(reviewed.getStatusCode().value()).as("%s", reviewed.getBody()).isEqualTo(200);
        assertThat(reviewed.getBody()).containsEntry("outcome", "APPROPRIATE");
        assertThat(auditCount(officersClient, "SELF_JOIN_REVIEWED")).isEqualTo(1);
        assertThat(get("/api/audit/self-joins/" + officersJoin.get("membershipId"), soleOfficer).getBody())
                .containsEntry("outcome", "APPROPRIATE").containsEntry("officersOwn", true);
    }

    @Test
    void anIgOfficerOpensOneSelfJoinOfTheirAgencyOnly() {
        Pro joiner = professional("lichfield-dc", "Sample", "Opened Joiner", "practitioner");
        String family = uniqueFamilyName();
        UUID clientId = registerClient(lead, family);
        join(joiner, clientId);
        String membershipId = (String) selfJoinsOf(get("/api/audit/self-joins", officer), clientId).getFirst()
                .get("membershipId");
        String one = "/api/audit/self-joins/" + membershipId;

        ResponseEntity<Map<String, Object>> opened = get(one, officer);

        assertThat(opened.getStatusCode().value()).isEqualTo(200);
        assertThat(opened.getBody()).containsEntry("membershipId", membershipId)
                .containsEntry("clientId", clientId.toString())
                .containsEntry("professionalName", "Sample Opened Joiner")
                .containsEntry("legalBasis", "SAFEGUARDING_DUTY")
                .containsEntry("reviewedAt", null);
        assertThat(opened.getBody().get("_raw").toString()).doesNotContain(family);
        assertThat(auditCount(clientId, "SELF_JOIN_VIEWED")).isEqualTo(1);
        assertThat(get(one, otherAgencyOfficer).getStatusCode().value()).isEqualTo(404);
        assertThat(get(one, joiner).getStatusCode().value()).isEqualTo(403);
        assertThat(get(one, null).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/api/audit/self-joins/" + UUID.randomUUID(), officer).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/audit/self-joins/not-an-id", officer).getStatusCode().value()).isEqualTo(400);
        assertThat(auditCount(clientId, "SELF_JOIN_VIEWED")).isEqualTo(1);

        post(one + "/review", officer, Map.of("outcome", "CONCERN", "note", "Not the joiner's area"));

        assertThat(get(one, officer).getBody()).containsEntry("outcome", "CONCERN")
                .containsEntry("note", "Not the joiner's area");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> selfJoinsOf(ResponseEntity<Map<String, Object>> listed, UUID clientId) {
        return ((List<Map<String, Object>>) listed.getBody().get("items")).stream()
                .filter(selfJoin -> clientId.toString().equals(selfJoin.get("clientId"))).toList();
    }
}
