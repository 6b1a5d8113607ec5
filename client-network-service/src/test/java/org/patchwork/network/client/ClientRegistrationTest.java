package org.patchwork.network.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.network.NetworkIntegrationTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientRegistrationTest extends NetworkIntegrationTest {

    Pro worker;

    @BeforeAll
    void professionals() {
        worker = professional("staffordshire-cc", "Sample", "Social Worker", "practitioner");
    }

    private long clients() {
        return jdbc.sql("SELECT count(*) FROM client").query(Long.class).single();
    }

    private ResponseEntity<Map<String, Object>> register(Map<String, Object> details) {
        return post("/api/clients", worker, Map.of("client", details, "basis", basis("CONSENT")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void badIdentifyingDetailsGetAProblemNamingEachFieldAndNothingIsStored() {
        long before = clients();
        Map<String, Object> details = clientDetails("x".repeat(10_000), "Sample", LocalDate.now().plusDays(1), "not a postcode");

        ResponseEntity<Map<String, Object>> refused = register(details);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("client.dateOfBirth", "client.givenName", "client.postcode");
        assertThat(clients()).isEqualTo(before);
    }

    @Test
    void aDateOfBirthBefore1900AMissingBasisAndAnOversizedBodyAreRefused() {
        long before = clients();

        assertThat(register(clientDetails("Jo", "Sample", LocalDate.of(1850, 1, 1), "WS13 6YY")).getStatusCode().value())
                .isEqualTo(400);
        assertThat(post("/api/clients", worker, Map.of("client", clientDetails("Jo", "Sample",
                LocalDate.of(2015, 1, 1), "WS13 6YY"))).getStatusCode().value()).isEqualTo(400);
        ResponseEntity<Map<String, Object>> oversized = post("/api/clients", worker, Map.of(
                "client", clientDetails("Jo", "y".repeat(100_000), LocalDate.of(2015, 1, 1), "WS13 6YY"),
                "basis", basis("CONSENT")));
        assertThat(oversized.getStatusCode().value()).isEqualTo(413);
        assertThat(call(HttpMethod.POST, "/api/clients", worker, "{\"client\": ").getStatusCode().value()).isEqualTo(400);
        assertThat(clients()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFamilyNameThatCouldNeverBeLookedUpIsRefusedAndNothingIsStored() {
        long before = clients();
        for (String family : List.of("Sample'); DROP TABLE client;--", "Sample1", "S", "%", "-- '")) {
            ResponseEntity<Map<String, Object>> refused = register(clientDetails("Jo", family, LocalDate.of(2014, 2, 3),
                    "WS13 6YY"));

            assertThat(refused.getStatusCode().value()).as(family).isEqualTo(400);
            assertThat((List<Map<String, String>>) refused.getBody().get("errors")).singleElement()
                    .satisfies(error -> assertThat(error).containsEntry("field", "client.familyName"));
        }
        assertThat(clients()).isEqualTo(before);
    }

    @Test
    void aFamilyNameWithSpacesHyphensApostrophesAndAccentsIsRegisteredAndCanBeLookedUp() {
        String family = "O'Brien-Núñez " + uniqueFamilyName();
        ResponseEntity<Map<String, Object>> created = register(clientDetails("Jo", family, LocalDate.of(2013, 5, 6), "WS13 6YY"));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        ResponseEntity<Map<String, Object>> found = post("/api/clients/lookup", worker, Map.of(
                "familyName", family.toUpperCase(java.util.Locale.ROOT).replace("-", " "), "dateOfBirth", "2013-05-06",
                "reason", "Checking before registering"));
        assertThat(found.getStatusCode().value()).isEqualTo(200);
        assertThat(found.getBody().get("_raw").toString()).contains(created.getBody().get("id").toString());
    }

    @Test
    void registeringSomeoneAlreadyKnownStopsAtAPossibleDuplicateUntilTheyAreSaidToBeADifferentPerson() {
        String family = "Sample-" + uniqueFamilyName();
        LocalDate born = LocalDate.of(2012, 8, 9);
        ResponseEntity<Map<String, Object>> first = register(clientDetails("Jo", family, born, "WS13 6YY"));
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        UUID known = UUID.fromString((String) first.getBody().get("id"));
        long before = clients();

        ResponseEntity<Map<String, Object>> duplicate = register(clientDetails("Joanne", family.toUpperCase(java.util.Locale.ROOT),
                born, "WS14 9AA"));

        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
        assertThat(duplicate.getBody()).containsEntry("type", "https://patchwork.example/problems/possible-duplicate");
        assertThat(duplicate.getBody().get("_raw").toString()).doesNotContain(known.toString(), "WS13");
        assertThat(clients()).isEqualTo(before);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_record
                        WHERE client_id = :known AND action = 'CLIENT_LOOKED_UP' AND basis LIKE '%duplicate%'""")
                .param("known", known).query(Long.class).single()).isEqualTo(1);

        Map<String, Object> differentPerson = new java.util.HashMap<>(Map.of(
                "client", clientDetails("Joanne", family, born, "WS14 9AA"), "basis", basis("CONSENT"),
                "differentPerson", true));
        ResponseEntity<Map<String, Object>> registered = post("/api/clients", worker, differentPerson);

        assertThat(registered.getStatusCode().value()).isEqualTo(201);
        assertThat(clients()).isEqualTo(before + 1);
        UUID second = UUID.fromString((String) registered.getBody().get("id"));
        assertThat(jdbc.sql("SELECT detail FROM audit_record WHERE client_id = :id AND action = 'CLIENT_REGISTERED'")
                .param("id", second).query(String.class).single()).contains("different person from 1 known client");
    }

    @Test
    void sqlAndHtmlInFieldsAreStoredAndReturnedAsPlainData() {
        String family = "Sample-" + uniqueFamilyName();
        Map<String, Object> details = clientDetails("<script>alert(1)</script>", family, LocalDate.of(2014, 2, 3), "WS13 6YY");
        details.put("localReference", "1'; DROP TABLE client;--");
        details.put("address", "<img src=x onerror=alert(1)> 1 Example Row");

        ResponseEntity<Map<String, Object>> created = register(details);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        UUID id = UUID.fromString((String) created.getBody().get("id"));
        Map<String, Object> read = get("/api/clients/" + id, worker).getBody();
        assertThat(read).containsEntry("familyName", family).containsEntry("givenName", "<script>alert(1)</script>")
                .containsEntry("address", "<img src=x onerror=alert(1)> 1 Example Row")
                .containsEntry("localReference", "1'; DROP TABLE client;--");
        assertThat(jdbc.sql("SELECT count(*) FROM client WHERE id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void membersCorrectDetailsAndTheLeadClosesTheClientWithEvents() {
        UUID clientId = registerClient(worker, uniqueFamilyName());
        Map<String, Object> corrected = clientDetails("Jody", "Sample", LocalDate.of(2015, 4, 2), "ws14 9aa");

        ResponseEntity<Map<String, Object>> updated = call(HttpMethod.PUT, "/api/clients/" + clientId, worker, corrected);
        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(updated.getBody()).containsEntry("givenName", "Jody").containsEntry("postcode", "WS14 9AA");

        ResponseEntity<Map<String, Object>> closed = post("/api/clients/" + clientId + "/close", worker,
                Map.of("reason", "MOVED_OUT_OF_AREA"));
        assertThat(closed.getBody()).containsEntry("status", "CLOSED");
        assertThat(post("/api/clients/" + clientId + "/attentions", worker, Map.of("message", "Hello",
                "priority", "NORMAL")).getStatusCode().value()).isEqualTo(409);

        var records = records("network.clients", clientId, found -> found.size() >= 3);
        assertThat(records).extracting(NetworkIntegrationTest::type)
                .containsExactlyInAnyOrder("ClientRegistered", "ClientUpdated", "ClientClosed");
        assertThat(json(ofType(records, "ClientUpdated"))).containsEntry("clientInitials", "J.S.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void myClientsListsTheNetworksIAmIn() {
        Pro fresh = professional("staffs-fire", "Sample", "Crew Manager", "practitioner");
        UUID clientId = registerClient(fresh, uniqueFamilyName());

        List<Map<String, Object>> mine = (List<Map<String, Object>>) get("/api/me/clients", fresh).getBody().get("clients");

        assertThat(mine).singleElement().satisfies(entry -> assertThat((Map<String, Object>) entry.get("client"))
                .containsEntry("id", clientId.toString()).containsEntry("myRole", "LEAD"));
        assertThat(auditCount(clientId, "CLIENTS_LISTED")).isEqualTo(1);
    }
}
