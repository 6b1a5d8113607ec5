package org.patchwork.network.lookup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.platform.test.Prometheus;
import org.patchwork.platform.test.TestApi;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientLookupTest extends NetworkIntegrationTest {

    static final LocalDate BORN = LocalDate.of(2012, 9, 30);

    Pro lead;
    Pro searcher;
    UUID clientId;

    @BeforeAll
    void aClientIsKnown() {
        lead = professional("lichfield-dc", "Sample", "Housing Officer", "practitioner");
        searcher = professional("staffs-fire", "Sample", "Firefighter", "practitioner");
        ResponseEntity<Map<String, Object>> created = post("/api/clients", lead, Map.of(
                "client", clientDetails("Amélie", "O'Brien-Núñez", BORN, "ws13 6yy"), "basis", basis("CONSENT")));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        clientId = UUID.fromString((String) created.getBody().get("id"));
    }

    private ResponseEntity<Map<String, Object>> lookup(Pro caller, String familyName, LocalDate born, String postcode) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("familyName", familyName);
        body.put("dateOfBirth", born.toString());
        body.put("reason", "Home safety visit referral");
        if (postcode != null) {
            body.put("postcode", postcode);
        }
        return post("/api/clients/lookup", caller, body);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> candidates(ResponseEntity<Map<String, Object>> response) {
        return (List<Map<String, Object>>) response.getBody().get("items");
    }

    @Test
    void aLookupMatchesTheWholeNameIgnoringCaseAccentsSpacesAndPunctuation() {
        ResponseEntity<Map<String, Object>> found = lookup(searcher, "  obrien nunez ", BORN, "WS136YY");

        assertThat(found.getStatusCode().value()).isEqualTo(200);
        assertThat(candidates(found)).singleElement().satisfies(candidate -> {
            assertThat(candidate).containsOnlyKeys("clientId", "givenNameInitial", "yearOfBirth", "postcodeDistrict",
                    "agenciesInvolved", "alreadyMyClient");
            assertThat(candidate).containsEntry("clientId", clientId.toString()).containsEntry("givenNameInitial", "A")
                    .containsEntry("yearOfBirth", 2012).containsEntry("postcodeDistrict", "WS13")
                    .containsEntry("agenciesInvolved", 1).containsEntry("alreadyMyClient", false);
        });
        assertThat((String) found.getBody().get("_raw")).doesNotContain("Brien", "Amélie", "Example Row", lead.id().toString());
    }

    @Test
    void partialNamesAnotherDateOfBirthOrAnotherPostcodeFindNobody() {
        assertThat(candidates(lookup(searcher, "OBrien", BORN, null))).isEmpty();
        assertThat(candidates(lookup(searcher, "OBrienNunezz", BORN, null))).isEmpty();
        assertThat(candidates(lookup(searcher, "O'Brien-Núñez", BORN.plusDays(1), null))).isEmpty();
        assertThat(candidates(lookup(searcher, "O'Brien-Núñez", BORN, "WS14 9AA"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "O%", "*", "O'Brien*", "_Brien", "O?Brien", "B", "  a ", "Robert'); DROP TABLE client;--"})
    void wildcardsFragmentsAndSqlAreRefusedWithAProblem(String familyName) {
        ResponseEntity<Map<String, Object>> refused = lookup(searcher, familyName, BORN, null);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(refused.getBody().get("type")).isEqualTo("https://patchwork.example/problems/invalid-request");
        assertThat(jdbc.sql("SELECT count(*) FROM client").query(Long.class).single()).isPositive();
    }

    @Test
    void aLookupWithoutDateOfBirthOrReasonOrWithAFutureDateIsRefused() {
        assertThat(post("/api/clients/lookup", searcher, Map.of("familyName", "OBrienNunez",
                "reason", "Referral")).getStatusCode().value()).isEqualTo(400);
        assertThat(post("/api/clients/lookup", searcher, Map.of("familyName", "OBrienNunez",
                "dateOfBirth", BORN.toString())).getStatusCode().value()).isEqualTo(400);
        assertThat(lookup(searcher, "OBrienNunez", LocalDate.now().plusDays(2), null).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void everyLookupIsAuditedWithItsReason() {
        long before = auditCount(clientId, "CLIENT_LOOKED_UP");

        lookup(searcher, "O'Brien-Núñez", BORN, null);

        assertThat(auditCount(clientId, "CLIENT_LOOKED_UP")).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                        SELECT basis FROM audit_record WHERE client_id = :clientId AND action = 'CLIENT_LOOKED_UP'
                        AND actor_professional_id = :actor ORDER BY id DESC LIMIT 1""")
                .param("clientId", clientId).param("actor", searcher.id()).query(String.class).single())
                .isEqualTo("Home safety visit referral");
    }

    @Test
    void aNulCharacterInALookupGets400AndReachesNeitherTheDatabaseNorTheAuditTrail() {
        Pro careful = professional("staffs-fire", "Sample", "Nul Tester", "practitioner");

        ResponseEntity<String> refused = TestApi.exchange(api(), HttpMethod.POST, "/api/clients/lookup",
                careful.bearer(),
                "{\"familyName\": \"O'Brien\\u0000\", \"dateOfBirth\": \"2012-09-30\", \"reason\": \"Referral\"}");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(refused.getBody()).contains("Text must not contain NUL characters.").doesNotContain("SQL");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE actor_professional_id = :actor")
                .param("actor", careful.id()).query(Long.class).single()).isZero();
    }

    @Test
    void theTwentyFirstLookupInAMinuteGets429WithRetryAfterAndIsAuditedAndCounted() {
        double refusedBefore = Prometheus.scrape(managementPort).sum("patchwork_lookups_refused_total",
                "limit", "professional-minute");
        Pro busy = professional("nhs-primary-care", "Example", "Nurse", "practitioner");
        for (int i = 0; i < 20; i++) {
            assertThat(lookup(busy, "Nobody" + "abcdefghijklmnopqrst".charAt(i), BORN, null).getStatusCode().value())
                    .isEqualTo(200);
        }

        ResponseEntity<Map<String, Object>> limited = lookup(busy, "O'Brien-Núñez", BORN, null);

        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(limited.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(limited.getBody().get("type")).isEqualTo("https://patchwork.example/problems/too-many-lookups");
        assertThat(limited.getHeaders().getFirst("Retry-After")).matches("\\d+");
        assertThat((String) limited.getBody().get("_raw")).doesNotContain(clientId.toString());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_record
                        WHERE actor_professional_id = :actor AND action = 'LOOKUP_REFUSED_RATE_LIMIT'""")
                .param("actor", busy.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(Prometheus.scrape(managementPort).sum("patchwork_lookups_refused_total",
                "limit", "professional-minute") - refusedBefore).isEqualTo(1);
    }
}
