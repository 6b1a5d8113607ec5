package org.patchwork.directory.agency;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

@PatchworkServiceTest
class AgencyAdministrationTest {

    static String platformAdmin;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void users() {
        platformAdmin = TestKeycloak.get().createUser(null, "Sample", "Platform Admin", "platform-admin").bearer();
    }

    RestClient api() {
        return TestApi.at(port);
    }

    static String newCode() {
        return "agency-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> registration(String code) {
        return Map.of("code", code, "name", "Sample Housing Trust " + code, "kind", "HOUSING",
                "areas", List.of("Lichfield", "Burntwood"), "switchboardPhone", "01543 308000",
                "email", "office@" + code + ".example");
    }

    ResponseEntity<Map> onboard(String bearer, Map<String, Object> body) {
        return api().post().uri("/api/directory/agencies").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> post(String bearer, String path) {
        return api().post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer).retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> get(String bearer, String path) {
        return api().get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer).retrieve().toEntity(Map.class);
    }

    long agencies(String code) {
        return jdbc.sql("SELECT count(*) FROM agency WHERE code = ?").param(code).query(Long.class).single();
    }

    @Test
    void aPlatformAdminOnboardsAnAgencyAndItIsPublishedOnce() {
        String code = newCode();

        ResponseEntity<Map> created = onboard(platformAdmin, registration(code));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/directory/agencies/" + code);
        assertThat(created.getBody()).containsEntry("status", "ONBOARDED").containsEntry("kind", "HOUSING")
                .containsEntry("identityProviderAlias", code);
        assertThat(get(platformAdmin, "/api/directory/agencies/" + code).getBody())
                .containsEntry("switchboardPhone", "01543 308000");
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(bootstrapServers, "directory.agencies",
                code, 1);
        assertThat(TopicRecords.types(records)).containsExactly("org.patchwork.AgencyOnboarded");
        assertThat(TopicRecords.header(records.getFirst(), "ce_subject")).isEqualTo(code);
        assertThat(TopicRecords.json(records.getFirst())).contains("\"eventId\"", "\"occurredAt\"",
                "\"agency\":{\"code\":\"" + code + "\"", "\"kind\":\"HOUSING\"", "\"status\":\"ONBOARDED\"",
                "\"areas\":[\"Lichfield\",\"Burntwood\"]", "\"switchboardPhone\":\"01543 308000\"",
                "\"email\":\"office@" + code + ".example\"");
    }

    @Test
    void onlyAPlatformAdminOnboardsSuspendsOrReinstatesAnAgency() {
        String agencyCode = newCode();
        onboard(platformAdmin, registration(agencyCode));
        String agencyAdmin = TestKeycloak.get().createUser(agencyCode, "Sample", "Agency Admin", "practitioner",
                "agency-admin").bearer();
        String code = newCode();

        ResponseEntity<Map> onboarding = onboard(agencyAdmin, registration(code));
        ResponseEntity<Map> suspending = post(agencyAdmin, "/api/directory/agencies/" + agencyCode + "/suspend");
        ResponseEntity<Map> reinstating = post(agencyAdmin, "/api/directory/agencies/" + agencyCode + "/reinstate");

        assertThat(List.of(onboarding, suspending, reinstating)).allSatisfy(response -> {
            assertThat(response.getStatusCode().value()).isEqualTo(403);
            assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        });
        assertThat(agencies(code)).isZero();
        assertThat(jdbc.sql("SELECT status FROM agency WHERE code = ?").param(agencyCode).query(String.class)
                .single()).isEqualTo("ONBOARDED");
    }

    @Test
    void anInvalidAgencyIsRefusedWithAProblemNamingEachFieldAndNothingIsStored() {
        ResponseEntity<Map> response = onboard(platformAdmin, Map.of("code", "Not A Code!", "name", "x".repeat(121),
                "kind", "HOUSING", "switchboardPhone", "call the front desk", "email", "office-at-nowhere",
                "areas", List.of("Lichfield", " ")));
        ResponseEntity<Map> unknownKind = onboard(platformAdmin, Map.of("code", newCode(), "name", "Sample Trust",
                "kind", "BANK"));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(error -> error.get("field"))
                .containsExactly("areas[1]", "code", "email", "name", "switchboardPhone");
        assertThat(unknownKind.getStatusCode().value()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM agency WHERE name = 'Sample Trust' OR code = 'Not A Code!'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void onboardingAnAgencyThatExistsIsAConflict() {
        String code = newCode();
        onboard(platformAdmin, registration(code));

        ResponseEntity<Map> again = onboard(platformAdmin, registration(code));

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(agencies(code)).isEqualTo(1);
    }

    @Test
    void aSuspendedAgencysStaffAreLockedOutUntilItIsReinstatedAndEachChangeIsPublishedOnce() {
        String code = newCode();
        onboard(platformAdmin, registration(code));
        TestUser worker = TestKeycloak.get().createUser(code, "Sample", "Housing Officer", "practitioner");
        String bearer = worker.bearer();
        assertThat(get(bearer, "/api/directory/me").getStatusCode().value()).isEqualTo(200);

        assertThat(post(platformAdmin, "/api/directory/agencies/" + code + "/suspend").getBody())
                .containsEntry("status", "SUSPENDED");
        post(platformAdmin, "/api/directory/agencies/" + code + "/suspend");
        ResponseEntity<Map> me = get(bearer, "/api/directory/me");
        ResponseEntity<Map> search = get(bearer, "/api/directory/professionals?q=nurse");

        assertThat(List.of(me, search)).allSatisfy(response -> {
            assertThat(response.getStatusCode().value()).isEqualTo(403);
            assertThat(response.getBody().get("type")).isEqualTo("https://patchwork.example/problems/agency-suspended");
        });

        post(platformAdmin, "/api/directory/agencies/" + code + "/reinstate");
        post(platformAdmin, "/api/directory/agencies/" + code + "/reinstate");

        assertThat(get(bearer, "/api/directory/me").getStatusCode().value()).isEqualTo(200);
        assertThat(TopicRecords.types(TopicRecords.withKey(bootstrapServers, "directory.agencies", code, 3)))
                .containsExactly("org.patchwork.AgencyOnboarded", "org.patchwork.AgencySuspended",
                        "org.patchwork.AgencyOnboarded");
    }

    @Test
    void anAgencyAdminKeepsTheirOwnAgencysDetailsRightButCannotTouchAnothers() {
        String own = newCode();
        String other = newCode();
        onboard(platformAdmin, registration(own));
        onboard(platformAdmin, registration(other));
        String admin = TestKeycloak.get().createUser(own, "Sample", "Agency Admin", "practitioner", "agency-admin")
                .bearer();
        Map<String, Object> details = Map.of("name", "Sample Housing Trust (North)", "kind", "HOUSING",
                "areas", List.of("Lichfield", "Tamworth"), "switchboardPhone", "01543 308001",
                "email", "north@" + own + ".example");

        ResponseEntity<Map> updated = put(admin, "/api/directory/agencies/" + own, details);
        put(admin, "/api/directory/agencies/" + own, details);
        ResponseEntity<Map> denied = put(admin, "/api/directory/agencies/" + other, details);

        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(updated.getBody()).containsEntry("areas", List.of("Lichfield", "Tamworth"));
        assertThat(denied.getStatusCode().value()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT name FROM agency WHERE code = ?").param(other).query(String.class).single())
                .isEqualTo("Sample Housing Trust " + other);
        assertThat(TopicRecords.types(TopicRecords.withKey(bootstrapServers, "directory.agencies", own, 2)))
                .containsExactly("org.patchwork.AgencyOnboarded", "org.patchwork.AgencyUpdated");
        assertThat(TopicRecords.types(TopicRecords.withKey(bootstrapServers, "directory.agencies", other, 1)))
                .containsExactly("org.patchwork.AgencyOnboarded");
    }

    @Test
    void anUnknownAgencyIsNotFound() {
        ResponseEntity<Map> response = get(platformAdmin, "/api/directory/agencies/no-such-agency");

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    ResponseEntity<Map> put(String bearer, String path, Map<String, Object> body) {
        return api().put().uri(path).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
    }
}
