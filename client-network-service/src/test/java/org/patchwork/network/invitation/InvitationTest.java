package org.patchwork.network.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.network.NetworkIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationTest extends NetworkIntegrationTest {

    /**
     * The expiry job's work, called directly: the job itself runs under a ShedLock lock held at least a minute, so a
     * call within a minute of its last occurrence (its cron, or another test) would be skipped.
     */
    @Autowired
    InvitationService invitationService;

    Pro lead;
    Pro teacher;
    Pro nurse;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Community Safety Officer", "practitioner");
        teacher = professional("schools-partnership", "Sample", "School Safeguarding Lead", "practitioner");
        nurse = professional("nhs-primary-care", "Sample", "Health Visitor", "practitioner");
    }

    private long invitations(UUID clientId) {
        return jdbc.sql("SELECT count(*) FROM invitation WHERE client_id = :c").param("c", clientId).query(Long.class).single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInviteeSeesOnlyInitialsUntilTheyAcceptWithTheirOwnBasis() {
        String family = uniqueFamilyName();
        UUID clientId = registerClient(lead, family);
        UUID invitationId = invite(lead, clientId, teacher);

        ResponseEntity<Map<String, Object>> waiting = get("/api/me/invitations", teacher);
        assertThat((List<Map<String, Object>>) waiting.getBody().get("items")).singleElement().satisfies(invitation ->
                assertThat(invitation).containsEntry("id", invitationId.toString()).containsEntry("clientInitials", "J.S.")
                        .containsEntry("clientYearOfBirth", 2015).containsEntry("invitedByName", "Sample Community Safety Officer"));
        assertThat((String) waiting.getBody().get("_raw")).doesNotContain(family);
        assertThat(get("/api/clients/" + clientId, teacher).getStatusCode().value()).isEqualTo(404);

        ResponseEntity<Map<String, Object>> accepted = post("/api/invitations/" + invitationId + "/accept", teacher,
                basis("OTHER_STATUTORY_DUTY"));

        assertThat(accepted.getBody()).containsEntry("status", "ACCEPTED");
        assertThat(get("/api/clients/" + clientId, teacher).getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT flagged_for_ig_review FROM membership WHERE client_id = :c AND professional_id = :p")
                .param("c", clientId).param("p", teacher.id()).query(Boolean.class).single()).isFalse();
        var records = records("network.memberships", clientId,
                found -> hasType(found, "MemberJoinedNetwork") && hasType(found, "InvitationAccepted"));
        assertThat(records).extracting(NetworkIntegrationTest::type).first().isEqualTo("InvitationSent");
        assertThat(records).extracting(NetworkIntegrationTest::type)
                .containsExactlyInAnyOrder("InvitationSent", "MemberJoinedNetwork", "InvitationAccepted");
        Map<String, Object> sent = json(records.getFirst());
        assertThat((Map<String, Object>) sent.get("invitee")).containsEntry("id", teacher.id().toString())
                .containsEntry("keycloakSubject", teacher.user().id()).containsEntry("agency", "schools-partnership");
        assertThat(sent).containsKey("expiresAt");
        assertThat(json(ofType(records, "MemberJoinedNetwork"))).containsEntry("joinedVia", "INVITATION")
                .containsEntry("memberIds", List.of(lead.id().toString(), teacher.id().toString()));
    }

    @Test
    void acceptingSomeoneElsesInvitationIsNotFoundAndChangesNothing() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        UUID invitationId = invite(lead, clientId, teacher);

        ResponseEntity<Map<String, Object>> stolen = post("/api/invitations/" + invitationId + "/accept", nurse,
                basis("CONSENT"));

        assertThat(stolen.getStatusCode().value()).isEqualTo(404);
        assertThat(stolen.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(jdbc.sql("SELECT status FROM invitation WHERE id = :id").param("id", invitationId)
                .query(String.class).single()).isEqualTo("PENDING");
        assertThat(get("/api/clients/" + clientId, nurse).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void declinedInvitationsCannotBeAcceptedAfterwards() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        UUID invitationId = invite(lead, clientId, nurse);

        assertThat(post("/api/invitations/" + invitationId + "/decline", nurse, null).getBody())
                .containsEntry("status", "DECLINED");

        assertThat(post("/api/invitations/" + invitationId + "/accept", nurse, basis("CONSENT")).getStatusCode().value())
                .isEqualTo(409);
        assertThat(hasType(records("network.memberships", clientId, found -> hasType(found, "InvitationDeclined")),
                "InvitationDeclined")).isTrue();
    }

    @Test
    void invitingAnUnknownProfessionalOrTheSameOneTwiceOrAMemberIsRefused() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        UUID unknown = UUID.randomUUID();
        DIRECTORY.stubFor(WireMock.get(urlEqualTo("/api/directory/professionals/" + unknown))
                .willReturn(aResponse().withStatus(404)));

        ResponseEntity<Map<String, Object>> refused = post("/api/clients/" + clientId + "/invitations", lead,
                Map.of("professionalId", unknown.toString(), "reason", "Should be involved"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("type")).isEqualTo("https://patchwork.example/problems/unknown-professional");

        invite(lead, clientId, teacher);
        assertThat(post("/api/clients/" + clientId + "/invitations", lead, Map.of("professionalId",
                teacher.id().toString(), "reason", "Again")).getStatusCode().value()).isEqualTo(409);
        assertThat(post("/api/clients/" + clientId + "/invitations", lead, Map.of("professionalId",
                lead.id().toString(), "reason", "Myself")).getStatusCode().value()).isEqualTo(409);
        assertThat(invitations(clientId)).isEqualTo(1);
    }

    @Test
    void unansweredInvitationsExpireAndInvitationExpiredIsPublished() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        UUID invitationId = invite(lead, clientId, nurse);
        jdbc.sql("UPDATE invitation SET created_at = :created, expires_at = :expired WHERE id = :id")
                .param("created", java.sql.Timestamp.from(Instant.now().minusSeconds(15 * 24 * 3600)))
                .param("expired", java.sql.Timestamp.from(Instant.now().minusSeconds(24 * 3600)))
                .param("id", invitationId).update();

        while (invitationService.expireOverdue() == InvitationService.EXPIRY_BATCH) {
            continue;
        }

        assertThat(jdbc.sql("SELECT status FROM invitation WHERE id = :id").param("id", invitationId)
                .query(String.class).single()).isEqualTo("EXPIRED");
        Map<String, Object> expired = json(ofType(records("network.memberships", clientId,
                found -> hasType(found, "InvitationExpired")), "InvitationExpired"));
        assertThat(expired).containsEntry("invitationId", invitationId.toString())
                .containsEntry("actorProfessionalId", null);
        assertThat(post("/api/invitations/" + invitationId + "/accept", nurse, basis("CONSENT")).getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void invitationsLastFourteenDays() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        UUID invitationId = invite(lead, clientId, nurse);

        assertThat(jdbc.sql("SELECT expires_at - created_at = interval '14 days' FROM invitation WHERE id = :id")
                .param("id", invitationId).query(Boolean.class).single()).isTrue();
    }
}
