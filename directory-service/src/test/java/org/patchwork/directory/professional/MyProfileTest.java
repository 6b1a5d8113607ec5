package org.patchwork.directory.professional;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchwork.directory.TestAgencies;
import org.patchwork.directory.TestApi;
import org.patchwork.directory.TopicRecords;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patchwork.directory.TopicRecords.header;

@PatchworkServiceTest
class MyProfileTest {

    static TestUser nurse;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void users() {
        nurse = TestKeycloak.get().createUser("lichfield-dc", "Demo", "Nurse", "practitioner");
    }

    @BeforeEach
    void agencies() {
        TestAgencies.ensure(jdbc, "lichfield-dc", "Lichfield District Council", "DISTRICT_COUNCIL", "Lichfield");
        TestAgencies.ensure(jdbc, "staffs-fire", "Staffordshire Fire and Rescue Service", "FIRE_AND_RESCUE",
                "Lichfield", "Tamworth");
        TestAgencies.ensure(jdbc, "schools-partnership", "Demo Schools Partnership", "SCHOOL", "Lichfield");
    }

    RestClient api() {
        return TestApi.at(port);
    }

    @Test
    void firstCallCreatesTheProfileFromTheTokenAndCarriesTheAgency() {
        Map<?, ?> me = api().get().uri("/api/directory/me").header(HttpHeaders.AUTHORIZATION, nurse.bearer())
                .retrieve().body(Map.class);

        assertThat(me.get("agency")).isEqualTo("lichfield-dc");
        assertThat(me.get("name")).isEqualTo("Demo Nurse");
        assertThat(me.get("email")).isEqualTo(nurse.email());
        assertThat(me.get("preferredContact")).isEqualTo("EMAIL");
        assertThat(jdbc.sql("SELECT count(*) FROM professional WHERE keycloak_subject = ?")
                .param(nurse.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRequestTheFirewallRefusesGetsAProblemAndNoProfile() {
        ResponseEntity<Map> refused = api().get().uri("/api/directory/me;jsessionid=x")
                .header(HttpHeaders.AUTHORIZATION, nurse.bearer()).retrieve().toEntity(Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody()).containsEntry("status", 400)
                .containsEntry("type", "https://patchwork.example/problems/request-rejected")
                .doesNotContainKey("instance");
    }

    @Test
    void updatingMyContactDetailsPublishesOneCloudEventThroughTheOutbox() {
        TestUser firefighter = TestKeycloak.get().createUser("staffs-fire", "Sample", "Firefighter", "practitioner");
        ResponseEntity<Map> updated = api().put().uri("/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, firefighter.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Sample Firefighter", "jobTitle", "Home safety officer",
                        "workPhone", "01543 308000", "mobile", "07700 900123", "preferredContact", "MOBILE"))
                .retrieve().toEntity(Map.class);
        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        String professionalId = (String) updated.getBody().get("id");

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(bootstrapServers,
                "directory.professionals", professionalId, 2);

        // Both facts, each exactly once; the outbox may hand them to Kafka in either order (consumers keep the
        // newest by the event's time).
        assertThat(records).extracting(record -> header(record, "ce_type"))
                .containsExactlyInAnyOrder("org.patchwork.ProfessionalRegistered", "org.patchwork.ProfessionalUpdated");
        ConsumerRecord<String, byte[]> update = records.stream()
                .filter(record -> header(record, "ce_type").equals("org.patchwork.ProfessionalUpdated"))
                .findFirst().orElseThrow();
        assertThat(header(update, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(update, "ce_source")).isEqualTo("/directory-service");
        assertThat(header(update, "ce_subject")).isEqualTo(professionalId);
        assertThat(header(update, "ce_id")).isNotBlank();
        assertThat(new String(update.value(), StandardCharsets.UTF_8))
                .contains("\"mobile\":\"07700 900123\"", "\"jobTitle\":\"Home safety officer\"");
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single()).isZero();
    }

    @Test
    void invalidContactDetailsAreRefusedWithAProblemAndNothingIsStored() {
        TestUser teacher = TestKeycloak.get().createUser("schools-partnership", "Sample", "Teacher", "practitioner");
        api().get().uri("/api/directory/me").header(HttpHeaders.AUTHORIZATION, teacher.bearer()).retrieve().toBodilessEntity();

        ResponseEntity<Map> response = api().put().uri("/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, teacher.bearer()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("jobTitle", "x".repeat(10_000), "workPhone", "call me maybe", "preferredContact", "EMAIL"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("jobTitle", "workPhone");
        assertThat(jdbc.sql("SELECT name FROM professional WHERE keycloak_subject = ?").param(teacher.id())
                .query(String.class).single()).isEqualTo("Sample Teacher");
    }

    @Test
    void theNameComesFromTheIdentityProviderAndCannotBeSetToImpersonateAnotherPerson() {
        TestUser worker = TestKeycloak.get().createUser("lichfield-dc", "Sample", "Honest Worker", "practitioner");

        ResponseEntity<Map> updated = api().put().uri("/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, worker.bearer()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Demo Nurse", "jobTitle", "Youth worker", "preferredContact", "EMAIL"))
                .retrieve().toEntity(Map.class);

        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(updated.getBody()).containsEntry("name", "Sample Honest Worker").containsEntry("jobTitle", "Youth worker");
        assertThat(jdbc.sql("SELECT name FROM professional WHERE keycloak_subject = ?").param(worker.id())
                .query(String.class).single()).isEqualTo("Sample Honest Worker");
        jdbc.sql("UPDATE professional SET name = 'Renamed Elsewhere' WHERE keycloak_subject = ?").param(worker.id())
                .update();
        assertThat(api().get().uri("/api/directory/me").header(HttpHeaders.AUTHORIZATION, worker.bearer())
                .retrieve().body(Map.class)).as("the sign-in's name again").containsEntry("name", "Sample Honest Worker");
    }

    @Test
    void aNulCharacterInProfileOrSearchInputGets400AndNothingIsStored() {
        String bearer = nurse.bearer();
        api().get().uri("/api/directory/me").header(HttpHeaders.AUTHORIZATION, bearer).retrieve().toBodilessEntity();

        ResponseEntity<Map> profile = api().put().uri("/api/directory/me").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"jobTitle\": \"Nurse\\u0000\", \"preferredContact\": \"EMAIL\"}").retrieve().toEntity(Map.class);
        ResponseEntity<Map> search = api().get()
                .uri(URI.create("http://127.0.0.1:" + port + "/api/directory/professionals?q=nur%00se"))
                .header(HttpHeaders.AUTHORIZATION, bearer).retrieve().toEntity(Map.class);
        ResponseEntity<Map> escapedBackslash = api().put().uri("/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .body("{\"jobTitle\": \"Nurse \\\\u0000\", \"preferredContact\": \"EMAIL\"}").retrieve()
                .toEntity(Map.class);

        for (ResponseEntity<Map> refused : List.of(profile, search)) {
            assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
            assertThat(refused.getBody()).containsEntry("type", "https://patchwork.example/problems/invalid-request")
                    .containsEntry("detail", "Text must not contain NUL characters.");
        }
        assertThat(escapedBackslash.getStatusCode().value()).as("a backslash and 'u0000' are text").isEqualTo(200);
        assertThat(jdbc.sql("SELECT job_title FROM professional WHERE keycloak_subject = ?").param(nurse.id())
                .query(String.class).single()).isEqualTo("Nurse \\u0000");
    }

    @Test
    void anIgOfficersEntrySaysSoAndTheDirectoryEventCarriesIt() {
        TestUser officer = TestKeycloak.get().createUser("lichfield-dc", "Example", "Governance Officer",
                "practitioner", "ig-officer");

        Map<?, ?> me = api().get().uri("/api/directory/me").header(HttpHeaders.AUTHORIZATION, officer.bearer())
                .retrieve().body(Map.class);

        assertThat(jdbc.sql("SELECT ig_officer FROM professional WHERE keycloak_subject = ?").param(officer.id())
                .query(Boolean.class).single()).isTrue();
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(bootstrapServers,
                "directory.professionals", (String) me.get("id"), 1);
        assertThat(new String(records.getFirst().value(), StandardCharsets.UTF_8)).contains("\"igOfficer\":true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSpreadsheetFormulaInTheProfileIsRefusedAndNotStored() {
        TestUser worker = TestKeycloak.get().createUser("lichfield-dc", "Sample", "Formula Worker", "practitioner");

        ResponseEntity<Map> refused = api().put().uri("/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, worker.bearer()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("jobTitle", "=HYPERLINK(\"http://attacker.example\",\"Click\")", "team", "@SUM(A1)",
                        "preferredContact", "EMAIL"))
                .retrieve().toEntity(Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("jobTitle", "team");
        assertThat(jdbc.sql("SELECT count(*) FROM professional WHERE keycloak_subject = ? AND job_title IS NOT NULL")
                .param(worker.id()).query(Long.class).single()).isZero();
    }

    @Test
    void malformedJsonWrongTypesAndOversizedBodiesGetProblems() {
        String bearer = nurse.bearer();
        ResponseEntity<Map> malformed = api().put().uri("/api/directory/me").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body("{\"name\": ").retrieve().toEntity(Map.class);
        ResponseEntity<Map> wrongType = api().put().uri("/api/directory/me").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body("{\"name\": [1,2], \"preferredContact\": \"PIGEON\"}")
                .retrieve().toEntity(Map.class);
        ResponseEntity<Map> oversized = api().put().uri("/api/directory/me").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"" + "x".repeat(200_000) + "\", \"preferredContact\": \"EMAIL\"}")
                .retrieve().toEntity(Map.class);

        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody().get("type")).isEqualTo("https://patchwork.example/problems/malformed-request");
        assertThat(wrongType.getStatusCode().value()).isEqualTo(400);
        assertThat(oversized.getStatusCode().value()).isEqualTo(413);
        assertThat(oversized.getBody().get("type")).isEqualTo("https://patchwork.example/problems/body-too-large");
        assertThat(jdbc.sql("SELECT count(*) FROM professional WHERE name LIKE 'xxxx%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void requestsWithoutAValidPatchworkTokenGet401() throws InterruptedException {
        String shortLived = nurse.shortLivedAccessToken();
        String valid = nurse.accessToken();
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("lichfield-dc", "staffs-fire");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        Thread.sleep(Duration.ofMillis(2_100));

        assertThat(status(null)).isEqualTo(401);
        assertThat(status("not-a-jwt")).isEqualTo(401);
        assertThat(status(shortLived)).as("expired").isEqualTo(401);
        assertThat(status(TestKeycloak.get().foreignRealmToken())).as("another issuer").isEqualTo(401);
        assertThat(status(nurse.accessTokenWithoutPatchworkAudience())).as("wrong audience").isEqualTo(401);
        assertThat(status(tampered)).as("tampered").isEqualTo(401);
        assertThat(status(valid)).isEqualTo(200);
    }

    @Test
    void unauthenticatedAnswerIsAProblem() {
        ResponseEntity<Map> response = api().get().uri("/api/directory/me").retrieve().toEntity(Map.class);

        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void staffOfAnAgencyOutsideTheDataSharingAgreementAreRefusedAndGetNoProfile() {
        TestUser outsider = TestKeycloak.get().createUser("not-in-the-agreement", "Sample", "Outsider", "practitioner");

        ResponseEntity<Map> response = api().get().uri("/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, outsider.bearer()).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getBody().get("type"))
                .isEqualTo("https://patchwork.example/problems/agency-not-onboarded");
        assertThat(jdbc.sql("SELECT count(*) FROM professional WHERE keycloak_subject = ?").param(outsider.id())
                .query(Long.class).single()).isZero();
    }

    private int status(String token) {
        RestClient.RequestHeadersSpec<?> request = api().get().uri("/api/directory/me");
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.retrieve().toBodilessEntity().getStatusCode().value();
    }
}
