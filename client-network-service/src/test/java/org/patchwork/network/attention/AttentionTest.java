package org.patchwork.network.attention;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.network.NetworkIntegrationTest;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttentionTest extends NetworkIntegrationTest {

    Pro lead;
    Pro nurse;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Supporting Families Worker", "practitioner");
        nurse = professional("nhs-primary-care", "Sample", "Practice Nurse", "practitioner");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberRaisesAnAttentionThatTheNetworkSeesAndThatIsPublished() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);

        ResponseEntity<Map<String, Object>> raised = post("/api/clients/" + clientId + "/attentions", nurse,
                Map.of("message", "Boiler broken; family staying with grandparents this week", "priority", "URGENT"));

        assertThat(raised.getStatusCode().value()).isEqualTo(201);
        List<Map<String, Object>> listed = (List<Map<String, Object>>) get("/api/clients/" + clientId + "/attentions",
                lead).getBody().get("items");
        assertThat(listed).singleElement().satisfies(attention -> assertThat(attention)
                .containsEntry("priority", "URGENT").containsEntry("raisedByName", "Sample Practice Nurse")
                .containsEntry("raisedByAgency", "nhs-primary-care"));
        var published = records("network.attentions", clientId, found -> hasType(found, "AttentionRaised")).getFirst();
        assertThat(json(published)).containsEntry("priority", "URGENT")
                .containsEntry("actorProfessionalId", nurse.id().toString())
                .containsEntry("memberIds", List.of(lead.id().toString(), nurse.id().toString()))
                .doesNotContainKey("message");
        assertThat(new String(published.value(), java.nio.charset.StandardCharsets.UTF_8))
                .as("free text about a client stays out of events").doesNotContain("Boiler broken");
    }

    @Test
    void aBurstOfAttentionsToOneClientIsCutOffWithA429AndNothingMoreIsRaisedOrPublished() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        UUID otherClient = registerClient(lead, uniqueFamilyName());
        String path = "/api/clients/" + clientId + "/attentions";
        for (int i = 0; i < 10; i++) {
            assertThat(post(path, lead, Map.of("message", "Urgent " + i, "priority", "URGENT")).getStatusCode().value())
                    .isEqualTo(201);
        }

        ResponseEntity<Map<String, Object>> refused = post(path, lead, Map.of("message", "Urgent 10",
                "priority", "URGENT"));

        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody()).containsEntry("type", "https://patchwork.example/problems/too-many-attentions");
        assertThat(refused.getBody().get("detail").toString()).contains("10 attentions for this client in the last hour");
        assertThat(Long.parseLong(refused.getHeaders().getFirst("Retry-After"))).isBetween(1L, 3_600L);
        assertThat(jdbc.sql("SELECT count(*) FROM attention WHERE client_id = :c").param("c", clientId)
                .query(Long.class).single()).isEqualTo(10);
        assertThat(post("/api/clients/" + otherClient + "/attentions", lead, Map.of("message", "Another client",
                "priority", "NORMAL")).getStatusCode().value()).as("another client's team").isEqualTo(201);
        assertThat(records("network.attentions", clientId, found -> found.size() >= 10)).hasSize(10);
    }

    @Test
    void attentionsLongerThan500CharactersOrWithoutPriorityAreRefused() {
        UUID clientId = registerClient(lead, uniqueFamilyName());

        assertThat(post("/api/clients/" + clientId + "/attentions", lead, Map.of("message", "x".repeat(501),
                "priority", "NORMAL")).getStatusCode().value()).isEqualTo(400);
        assertThat(post("/api/clients/" + clientId + "/attentions", lead, Map.of("message", "Fine"))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(post("/api/clients/" + clientId + "/attentions", lead, Map.of("message", "Fine",
                "priority", "PANIC")).getStatusCode().value()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM attention WHERE client_id = :c").param("c", clientId)
                .query(Long.class).single()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberMarksAnAttentionAsDealtWithItStaysListedButLeavesTheOverview() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);
        Pro stranger = professional("staffs-fire", "Sample", "Not In The Team", "practitioner");
        String attentionId = (String) post("/api/clients/" + clientId + "/attentions", nurse,
                Map.of("message", "Mum has moved; new address known to housing", "priority", "NORMAL")).getBody().get("id");
        String resolve = "/api/clients/" + clientId + "/attentions/" + attentionId + "/resolve";

        assertThat(post(resolve, stranger, null).getStatusCode().value()).isEqualTo(404);
        assertThat(post("/api/clients/" + clientId + "/attentions/" + UUID.randomUUID() + "/resolve", lead, null)
                .getStatusCode().value()).isEqualTo(404);
        ResponseEntity<Map<String, Object>> resolved = post(resolve, lead, null);

        assertThat(resolved.getStatusCode().value()).isEqualTo(200);
        assertThat(resolved.getBody()).containsEntry("resolvedByName", "Sample Supporting Families Worker");
        assertThat(resolved.getBody().get("resolvedAt")).isNotNull();
        assertThat(post(resolve, nurse, null).getStatusCode().value()).isEqualTo(409);
        assertThat((List<Map<String, Object>>) get("/api/clients/" + clientId + "/attentions", nurse).getBody().get("items"))
                .singleElement().satisfies(attention -> assertThat(attention.get("resolvedAt")).isNotNull());
        assertThat((List<?>) get("/api/clients/" + clientId + "/overview", nurse).getBody().get("attentions")).isEmpty();
        assertThat(auditCount(clientId, "ATTENTION_RESOLVED")).isEqualTo(1);
    }
}
