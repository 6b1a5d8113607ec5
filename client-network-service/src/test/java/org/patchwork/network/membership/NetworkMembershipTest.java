package org.patchwork.network.membership;

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
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkMembershipTest extends NetworkIntegrationTest {

    Pro lead;
    Pro nurse;
    Pro teacher;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Housing Officer", "practitioner");
        nurse = professional("nhs-primary-care", "Sample", "District Nurse", "practitioner");
        teacher = professional("schools-partnership", "Sample", "Teacher", "practitioner");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> members(UUID clientId, Pro caller) {
        return (List<Map<String, Object>>) get("/api/clients/" + clientId + "/network", caller).getBody().get("members");
    }

    @Test
    @SuppressWarnings("unchecked")
    void registeringMakesMeTheLeadAndPublishesClientRegistered() {
        UUID clientId = registerClient(lead, uniqueFamilyName());

        assertThat(members(clientId, lead)).singleElement().satisfies(member -> assertThat(member)
                .containsEntry("professionalId", lead.id().toString()).containsEntry("role", "LEAD")
                .containsEntry("legalBasis", "CONSENT").containsEntry("name", "Sample Housing Officer")
                .containsEntry("workPhone", "01543 308000"));
        ConsumerRecord<String, byte[]> registered = records("network.clients", clientId,
                found -> hasType(found, "ClientRegistered")).getFirst();
        Map<String, Object> event = json(registered);
        assertThat(event).containsEntry("clientId", clientId.toString()).containsEntry("clientInitials", "J.S.")
                .containsEntry("actorProfessionalId", lead.id().toString())
                .containsEntry("leadProfessionalId", lead.id().toString())
                .containsEntry("memberIds", List.of(lead.id().toString()));
        assertThat((Map<String, Object>) event.get("professional")).containsEntry("id", lead.id().toString())
                .containsEntry("keycloakSubject", lead.user().id()).containsEntry("agency", "lichfield-dc");
        assertThat(new String(registered.headers().lastHeader("ce_subject").value())).isEqualTo(clientId.toString());
    }

    @Test
    void joiningMyselfIsFlaggedForIgReviewAndTellsTheNetwork() {
        UUID clientId = registerClient(lead, uniqueFamilyName());

        join(nurse, clientId);

        assertThat(jdbc.sql("SELECT flagged_for_ig_review FROM membership WHERE client_id = :c AND professional_id = :p")
                .param("c", clientId).param("p", nurse.id()).query(Boolean.class).single()).isTrue();
        Map<String, Object> joined = json(ofType(records("network.memberships", clientId,
                found -> hasType(found, "MemberJoinedNetwork")), "MemberJoinedNetwork"));
        assertThat(joined).containsEntry("joinedVia", "SELF").containsEntry("flaggedForIgReview", true)
                .containsEntry("legalBasis", "SAFEGUARDING_DUTY").containsEntry("role", "MEMBER")
                .containsEntry("leadProfessionalId", lead.id().toString())
                .containsEntry("memberIds", List.of(lead.id().toString(), nurse.id().toString()));
    }

    @Test
    void joiningTwiceIsAConflictAndStoresNothing() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);

        ResponseEntity<Map<String, Object>> again = post("/api/clients/" + clientId + "/network/join", nurse,
                basis("CONSENT"));

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(jdbc.sql("SELECT count(*) FROM membership WHERE client_id = :c").param("c", clientId)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void joiningWithoutALegalBasisOrWithAPastReviewDateIsRefused() {
        UUID clientId = registerClient(lead, uniqueFamilyName());

        assertThat(post("/api/clients/" + clientId + "/network/join", nurse, Map.of("reason", "Because"))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(post("/api/clients/" + clientId + "/network/join", nurse, Map.of("legalBasis", "CURIOSITY",
                "reason", "Because")).getStatusCode().value()).isEqualTo(400);
        assertThat(post("/api/clients/" + clientId + "/network/join", nurse, Map.of("legalBasis", "CONSENT",
                "reason", "Because", "reviewDate", LocalDate.now().minusDays(1).toString())).getStatusCode().value())
                .isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM membership WHERE client_id = :c").param("c", clientId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMemberWhoLeftCanNoLongerSeeTheClientAtOnce() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);
        assertThat(get("/api/clients/" + clientId, nurse).getStatusCode().value()).isEqualTo(200);

        assertThat(call(HttpMethod.DELETE, "/api/clients/" + clientId + "/network/members/" + nurse.id(), nurse, null)
                .getStatusCode().value()).isEqualTo(204);

        assertThat(get("/api/clients/" + clientId, nurse).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/clients/" + clientId + "/network", nurse).getStatusCode().value()).isEqualTo(404);
        assertThat(members(clientId, lead)).extracting(member -> member.get("professionalId"))
                .containsExactly(lead.id().toString());
        Map<String, Object> left = json(ofType(records("network.memberships", clientId,
                found -> hasType(found, "MemberLeftNetwork")), "MemberLeftNetwork"));
        assertThat(left).containsEntry("reason", "LEFT_NETWORK").containsEntry("memberIds", List.of(lead.id().toString()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadMustHandOverBeforeLeavingAndTheNewLeadIsAnnounced() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);

        ResponseEntity<Map<String, Object>> leaving = call(HttpMethod.DELETE,
                "/api/clients/" + clientId + "/network/members/" + lead.id(), lead, null);
        assertThat(leaving.getStatusCode().value()).isEqualTo(409);

        ResponseEntity<Map<String, Object>> handedOver = post("/api/clients/" + clientId + "/network/lead", lead,
                Map.of("professionalId", nurse.id().toString()));
        assertThat(handedOver.getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/clients/" + clientId + "/network/lead", lead,
                Map.of("professionalId", lead.id().toString())).getStatusCode().value()).isEqualTo(403);
        assertThat(call(HttpMethod.DELETE, "/api/clients/" + clientId + "/network/members/" + lead.id(), lead, null)
                .getStatusCode().value()).isEqualTo(204);

        Map<String, Object> changed = json(ofType(records("network.memberships", clientId,
                found -> hasType(found, "LeadProfessionalChanged")), "LeadProfessionalChanged"));
        assertThat(changed).containsEntry("leadProfessionalId", nurse.id().toString());
        assertThat((Map<String, Object>) changed.get("previousLead")).containsEntry("id", lead.id().toString());
        assertThat((Map<String, Object>) changed.get("newLead")).containsEntry("id", nurse.id().toString());
    }

    @Test
    void anAgencyAdminRemovesOnlyTheirOwnStaff() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);
        join(teacher, clientId);
        Pro nhsAdmin = professional("nhs-primary-care", "Sample", "NHS Admin", "agency-admin");

        assertThat(call(HttpMethod.DELETE, "/api/clients/" + clientId + "/network/members/" + teacher.id(), nhsAdmin,
                null).getStatusCode().value()).isEqualTo(404);
        assertThat(call(HttpMethod.DELETE, "/api/clients/" + clientId + "/network/members/" + nurse.id(), nhsAdmin,
                null).getStatusCode().value()).isEqualTo(204);

        assertThat(members(clientId, lead)).extracting(member -> member.get("professionalId"))
                .containsExactly(lead.id().toString(), teacher.id().toString());
        assertThat(hasType(records("network.memberships", clientId,
                found -> hasType(found, "MemberRemovedFromNetwork")), "MemberRemovedFromNetwork")).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProfessionalLeavingTheirAgencyLeavesEveryNetworkAndEachIsAskedForAReplacement() {
        Pro leaver = professional("staffs-fire", "Sample", "Leaving Firefighter", "practitioner");
        UUID ledByLeaver = registerClient(leaver, uniqueFamilyName());
        join(nurse, ledByLeaver);
        UUID joinedByLeaver = registerClient(lead, uniqueFamilyName());
        join(leaver, joinedByLeaver);

        publishDirectoryEvent("ProfessionalLeft", leaver.id(), leaver.user().id(), "staffs-fire",
                "Sample Leaving Firefighter", "LEFT");

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT count(*) FROM membership WHERE professional_id = :p AND ended_at IS NULL")
                .param("p", leaver.id()).query(Long.class).single()).isZero());
        Map<String, Object> leadLeft = json(ofType(records("network.memberships", ledByLeaver,
                found -> hasType(found, "ReplacementNeeded")), "ReplacementNeeded"));
        assertThat(leadLeft).containsEntry("leadLeft", true).containsEntry("actorProfessionalId", null)
                .containsEntry("leadProfessionalId", null).containsEntry("memberIds", List.of(nurse.id().toString()));
        assertThat((Map<String, Object>) leadLeft.get("professional")).containsEntry("id", leaver.id().toString());
        Map<String, Object> memberLeft = json(ofType(records("network.memberships", joinedByLeaver,
                found -> hasType(found, "ReplacementNeeded")), "ReplacementNeeded"));
        assertThat(memberLeft).containsEntry("leadLeft", false).containsEntry("leadProfessionalId", lead.id().toString());
        assertThat(json(ofType(records("network.memberships", joinedByLeaver,
                found -> hasType(found, "MemberLeftNetwork")), "MemberLeftNetwork"))).containsEntry("reason", "LEFT_AGENCY");
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(get("/api/clients/" + joinedByLeaver, leaver).getBody())
                .containsEntry("status", 403)
                .containsEntry("type", "https://patchwork.example/problems/professional-left"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHouseholdShowsOnlyTheFamilyMembersIAmAlsoSupporting() {
        String family = uniqueFamilyName();
        UUID parent = registerClient(lead, family);
        ResponseEntity<Map<String, Object>> child = post("/api/clients", lead, Map.of(
                "client", clientDetails("Kit", family, LocalDate.of(2019, 5, 6), "WS13 6YY"),
                "basis", basis("CONSENT"), "householdWithClientId", parent.toString()));
        assertThat(child.getStatusCode().value()).isEqualTo(201);
        UUID childId = UUID.fromString((String) child.getBody().get("id"));
        join(nurse, childId);

        assertThat((List<Map<String, Object>>) get("/api/clients/" + childId, lead).getBody().get("household"))
                .extracting(member -> member.get("id")).containsExactly(parent.toString());
        assertThat((List<Map<String, Object>>) get("/api/clients/" + childId, nurse).getBody().get("household")).isEmpty();
        assertThat(post("/api/clients", nurse, Map.of(
                "client", clientDetails("Lee", family, LocalDate.of(2020, 5, 6), "WS13 6YY"),
                "basis", basis("CONSENT"), "householdWithClientId", parent.toString())).getStatusCode().value())
                .isEqualTo(404);
    }
}
