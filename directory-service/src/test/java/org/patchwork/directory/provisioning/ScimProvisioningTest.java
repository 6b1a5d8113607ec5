package org.patchwork.directory.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.patchwork.directory.DirectoryKeycloak;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An agency's provisioning (SCIM 2.0) with the requests Microsoft Entra ID and Okta send ({@code scim/} test
 * resources), against the real database, Kafka and the test run's Keycloak, whose realm {@code patchwork} has the
 * directory's client {@code patchwork-directory} as shipped.
 */
@PatchworkServiceTest
class ScimProvisioningTest {

    static final String SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    String agency;
    String otherAgency;
    String platformAdmin;
    String token;
    String otherToken;

    /** The directory uses the realm's own client and the secret Keycloak generated for it at import. */
    @DynamicPropertySource
    static void directoryClient(DynamicPropertyRegistry properties) {
        properties.add("patchwork.directory.keycloak.client-secret", DirectoryKeycloak::directoryClientSecret);
    }

    static Keycloak keycloakAdmin() {
        return DirectoryKeycloak.admin();
    }

    @BeforeEach
    void agencies() {
        agency = TestAgencies.create(jdbc, "scim", "Sample Children's Services", "COUNTY_COUNCIL", "Lichfield");
        otherAgency = TestAgencies.create(jdbc, "scim", "Sample Fire Service", "FIRE_AND_RESCUE", "Tamworth");
        platformAdmin = TestKeycloak.get().createUser(null, "Sample", "Platform Admin", "platform-admin").bearer();
        token = issue(agency);
        otherToken = issue(otherAgency);
    }

    String issue(String code) {
        ResponseEntity<Map> issued = api().post().uri("/api/directory/agencies/{code}/scim-credentials", code)
                .header(HttpHeaders.AUTHORIZATION, platformAdmin).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("emailDomains", List.of(code + ".example"))).retrieve().toEntity(Map.class);
        assertThat(issued.getStatusCode().value()).isEqualTo(201);
        return (String) issued.getBody().get("token");
    }

    RestClient api() {
        return TestApi.at(port);
    }

    static String payload(String resource, String userName) {
        try (InputStream in = ScimProvisioningTest.class.getResourceAsStream("/scim/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{userName}}", userName);
        } catch (IOException missing) {
            throw new IllegalStateException(missing);
        }
    }

    ResponseEntity<Map> scim(HttpMethod method, String bearerToken, String path, String body) {
        RestClient.RequestBodySpec request = api().method(method).uri(path);
        if (bearerToken != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken);
        }
        if (body != null) {
            request.contentType(SCIM_JSON).body(body);
        }
        return request.retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> findByUserName(String bearerToken, String userName) {
        return scim(HttpMethod.GET, bearerToken, "/scim/v2/Users?filter=userName eq \"" + userName + "\"", null);
    }

    String create(String bearerToken, String resource, String userName) {
        ResponseEntity<Map> created = scim(HttpMethod.POST, bearerToken, "/scim/v2/Users", payload(resource, userName));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    Map<String, Object> row(String id) {
        return jdbc.sql("SELECT * FROM professional WHERE id = :id::uuid").param("id", id).query().singleRow();
    }

    long professionalsWithEmail(String email) {
        return jdbc.sql("SELECT count(*) FROM professional WHERE lower(email) = lower(:email)").param("email", email)
                .query(Long.class).single();
    }

    boolean enabledInKeycloak(TestUser user) {
        return keycloakAdmin().realm(TestKeycloak.REALM).users().get(user.id()).toRepresentation().isEnabled();
    }

    static void assertScimError(ResponseEntity<Map> answer, int status, String scimType) {
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/scim+json");
        assertThat(answer.getBody()).containsEntry("schemas", List.of(SCIM_ERROR))
                .containsEntry("status", String.valueOf(status)).containsKey("detail");
        if (scimType != null) {
            assertThat(answer.getBody()).containsEntry("scimType", scimType);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void entraCreatesFindsAndDeactivatesAProfessionalWhoIsMarkedLeftPublishedAndDisabledInKeycloak() {
        TestUser person = TestKeycloak.get().createUser(agency, "Sample", "Social Worker", "practitioner");

        ResponseEntity<Map> before = findByUserName(token, person.email());
        String id = create(token, "entra/create-user.json", person.email());
        ResponseEntity<Map> found = findByUserName(token, person.email());
        ResponseEntity<Map> updated = scim(HttpMethod.PATCH, token, "/scim/v2/Users/" + id,
                payload("entra/update-user.json", person.email()));
        ResponseEntity<Map> deactivated = scim(HttpMethod.PATCH, token, "/scim/v2/Users/" + id,
                payload("entra/deactivate-user.json", person.email()));

        assertThat(before.getBody()).containsEntry("totalResults", 0);
        assertThat(found.getBody()).containsEntry("totalResults", 1);
        Map<String, Object> user = ((List<Map<String, Object>>) found.getBody().get("Resources")).getFirst();
        assertThat(user).containsEntry("id", id).containsEntry("userName", person.email())
                .containsEntry("displayName", "Sample Social Worker").containsEntry("title", "Social worker")
                .containsEntry("active", true);
        assertThat(updated.getStatusCode().value()).as("%s", updated.getBody()).isEqualTo(200);
        assertThat(updated.getBody()).containsEntry("title", "Senior social worker");
        assertThat(deactivated.getStatusCode().value()).as("%s", deactivated.getBody()).isEqualTo(200);
        assertThat(deactivated.getBody()).containsEntry("active", false);
        assertThat(row(id)).containsEntry("status", "LEFT").containsEntry("agency_code", agency)
                .containsEntry("job_title", "Senior social worker").containsEntry("team", "Early help")
                .containsEntry("mobile", "07700 900123").containsEntry("work_phone", "01543 308000");
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(bootstrapServers,
                "directory.professionals", id, 3);
        assertThat(TopicRecords.types(records)).containsExactly("org.patchwork.ProfessionalRegistered",
                "org.patchwork.ProfessionalUpdated", "org.patchwork.ProfessionalLeft");
        assertThat(TopicRecords.json(records.get(2))).contains("\"status\":\"LEFT\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> !enabledInKeycloak(person));
    }

    @Test
    void oktaDeactivatesAProfessionalWhoHasSignedInThroughTheirKeycloakAccount() {
        TestUser person = TestKeycloak.get().createUser(agency, "Example", "Firefighter", "practitioner");
        String id = create(token, "okta/create-user.json", person.email());
        String bearer = person.bearer();
        ResponseEntity<Map> me = api().get().uri("/api/directory/me").header(HttpHeaders.AUTHORIZATION, bearer)
                .retrieve().toEntity(Map.class);
        assertThat(me.getBody()).containsEntry("id", id);
        TestUser namesake = TestKeycloak.get().createUser(otherAgency, "Example", "Firefighter", "practitioner");

        ResponseEntity<Map> found = scim(HttpMethod.GET, token,
                "/scim/v2/Users?filter=userName eq \"" + person.email() + "\"&startIndex=1&count=100", null);
        ResponseEntity<Map> deactivated = scim(HttpMethod.PATCH, token, "/scim/v2/Users/" + id,
                payload("okta/deactivate-user.json", person.email()));

        assertThat(found.getBody()).containsEntry("totalResults", 1);
        assertThat(deactivated.getBody()).containsEntry("active", false);
        assertThat(row(id)).containsEntry("status", "LEFT").containsEntry("keycloak_subject", person.id());
        await().atMost(Duration.ofSeconds(30)).until(() -> !enabledInKeycloak(person));
        ResponseEntity<Map> meAgain = api().get().uri("/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, bearer).retrieve().toEntity(Map.class);
        assertThat(meAgain.getStatusCode().value()).isEqualTo(403);
        assertThat(enabledInKeycloak(namesake)).isTrue();
    }

    @Test
    void deleteMarksTheProfessionalAsLeftOnceAndTheyAreStillFoundAsInactive() {
        String email = "leaver-" + UUID.randomUUID() + "@" + agency + ".example";
        String id = create(token, "okta/create-user.json", email);

        ResponseEntity<Map> deleted = scim(HttpMethod.DELETE, token, "/scim/v2/Users/" + id, null);
        ResponseEntity<Map> deletedAgain = scim(HttpMethod.DELETE, token, "/scim/v2/Users/" + id, null);
        ResponseEntity<Map> read = scim(HttpMethod.GET, token, "/scim/v2/Users/" + id, null);

        assertThat(deleted.getStatusCode().value()).isEqualTo(204);
        assertThat(deletedAgain.getStatusCode().value()).isEqualTo(204);
        assertThat(read.getBody()).containsEntry("active", false);
        assertThat(row(id)).containsEntry("status", "LEFT");
        assertThat(TopicRecords.types(TopicRecords.withKey(bootstrapServers, "directory.professionals", id, 2)))
                .containsExactly("org.patchwork.ProfessionalRegistered", "org.patchwork.ProfessionalLeft");
    }

    @Test
    void badScimInputIsAnsweredWithScimErrorsAndStoresNothing() {
        String foreign = "someone-" + UUID.randomUUID() + "@elsewhere.example";
        String badPhone = "bad-phone-" + UUID.randomUUID() + "@" + agency + ".example";
        String nameless = "nameless-" + UUID.randomUUID() + "@" + agency + ".example";

        ResponseEntity<Map> otherDomain = scim(HttpMethod.POST, token, "/scim/v2/Users",
                payload("entra/create-user.json", foreign));
        ResponseEntity<Map> malformed = scim(HttpMethod.POST, token, "/scim/v2/Users", "{\"userName\": ");
        ResponseEntity<Map> phone = scim(HttpMethod.POST, token, "/scim/v2/Users",
                payload("entra/create-user.json", badPhone).replace("01543 308000", "call reception"));
        ResponseEntity<Map> noName = scim(HttpMethod.POST, token, "/scim/v2/Users",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + nameless + "\"}");
        ResponseEntity<Map> formula = scim(HttpMethod.POST, token, "/scim/v2/Users",
                payload("okta/create-user.json", nameless).replace("Example Firefighter", "=HYPERLINK(\\\"x\\\")"));
        ResponseEntity<Map> filter = scim(HttpMethod.GET, token, "/scim/v2/Users?filter=displayName co \"Sample\"", null);
        ResponseEntity<Map> brokenFilter = scim(HttpMethod.GET, token, "/scim/v2/Users?filter=userName eq", null);
        String existing = create(token, "okta/create-user.json", "twice-" + UUID.randomUUID() + "@" + agency + ".example");
        String existingEmail = (String) row(existing).get("email");
        ResponseEntity<Map> duplicate = scim(HttpMethod.POST, token, "/scim/v2/Users",
                payload("okta/create-user.json", existingEmail));
        ResponseEntity<Map> badPatch = scim(HttpMethod.PATCH, token, "/scim/v2/Users/" + existing,
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"Jump\"}]}");
        ResponseEntity<Map> unknown = scim(HttpMethod.GET, token, "/scim/v2/Users/" + UUID.randomUUID(), null);
        ResponseEntity<Map> notAnId = scim(HttpMethod.GET, token, "/scim/v2/Users/not-an-id", null);

        assertScimError(otherDomain, 400, "invalidValue");
        assertThat((String) otherDomain.getBody().get("detail")).contains(agency + ".example");
        assertScimError(malformed, 400, "invalidSyntax");
        assertScimError(phone, 400, "invalidValue");
        assertThat((String) phone.getBody().get("detail")).contains("phoneNumbers[type eq \"work\"]");
        assertScimError(noName, 400, "invalidValue");
        assertScimError(formula, 400, "invalidValue");
        assertScimError(filter, 400, "invalidFilter");
        assertScimError(brokenFilter, 400, "invalidFilter");
        assertScimError(duplicate, 409, "uniqueness");
        assertScimError(badPatch, 400, null);
        assertScimError(unknown, 404, null);
        assertScimError(notAnId, 404, null);
        assertThat(professionalsWithEmail(foreign) + professionalsWithEmail(badPhone)
                + professionalsWithEmail(nameless)).isZero();
        assertThat(professionalsWithEmail(existingEmail)).isEqualTo(1);
        assertThat(row(existing)).containsEntry("status", "ACTIVE");
    }

    @Test
    void oneAgencysCredentialCannotReadOrChangeAnotherAgencysProfessionals() {
        String email = "colleague-" + UUID.randomUUID() + "@" + otherAgency + ".example";
        String theirs = create(otherToken, "okta/create-user.json", email);

        ResponseEntity<Map> read = scim(HttpMethod.GET, token, "/scim/v2/Users/" + theirs, null);
        ResponseEntity<Map> filtered = findByUserName(token, email);
        ResponseEntity<Map> listed = scim(HttpMethod.GET, token, "/scim/v2/Users?startIndex=1&count=200", null);
        ResponseEntity<Map> patched = scim(HttpMethod.PATCH, token, "/scim/v2/Users/" + theirs,
                payload("entra/deactivate-user.json", email));
        ResponseEntity<Map> replaced = scim(HttpMethod.PUT, token, "/scim/v2/Users/" + theirs,
                payload("okta/create-user.json", email));
        ResponseEntity<Map> deleted = scim(HttpMethod.DELETE, token, "/scim/v2/Users/" + theirs, null);
        ResponseEntity<Map> createdThere = scim(HttpMethod.POST, token, "/scim/v2/Users",
                payload("okta/create-user.json", "new-" + UUID.randomUUID() + "@" + otherAgency + ".example"));

        assertScimError(read, 404, null);
        assertThat(filtered.getBody()).containsEntry("totalResults", 0);
        assertThat(listed.getBody().toString()).doesNotContain(theirs);
        assertScimError(patched, 404, null);
        assertScimError(replaced, 404, null);
        assertScimError(deleted, 404, null);
        assertScimError(createdThere, 400, "invalidValue");
        assertThat(row(theirs)).containsEntry("status", "ACTIVE").containsEntry("agency_code", otherAgency);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRevokedCredentialAKeycloakTokenOrNoneIsRefusedAndOnlyAPlatformAdminIssuesOrRevokes() {
        String agencyAdmin = TestKeycloak.get().createUser(agency, "Sample", "Agency Admin", "practitioner",
                "agency-admin").bearer();
        List<Map<String, Object>> credentials = (List<Map<String, Object>>) (List<?>) api().get()
                .uri("/api/directory/agencies/{code}/scim-credentials", agency)
                .header(HttpHeaders.AUTHORIZATION, platformAdmin).retrieve().toEntity(List.class).getBody();
        String credential = (String) credentials.getFirst().get("id");
        ResponseEntity<Map> byAgencyAdmin = api().post().uri("/api/directory/agencies/{code}/scim-credentials", agency)
                .header(HttpHeaders.AUTHORIZATION, agencyAdmin).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("emailDomains", List.of(agency + ".example"))).retrieve().toEntity(Map.class);
        ResponseEntity<Map> badDomains = api().post().uri("/api/directory/agencies/{code}/scim-credentials", agency)
                .header(HttpHeaders.AUTHORIZATION, platformAdmin).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("emailDomains", List.of("not a domain"))).retrieve().toEntity(Map.class);
        ResponseEntity<Map> beforeRevocation = scim(HttpMethod.GET, token, "/scim/v2/ServiceProviderConfig", null);

        ResponseEntity<Void> revoked = api().delete()
                .uri("/api/directory/agencies/{code}/scim-credentials/{id}", agency, credential)
                .header(HttpHeaders.AUTHORIZATION, platformAdmin).retrieve().toBodilessEntity();

        assertThat(credentials).hasSize(1);
        assertThat(credentials.getFirst()).doesNotContainKey("token");
        assertThat(jdbc.sql("SELECT token_hash FROM scim_credential WHERE id = :id::uuid").param("id", credential)
                .query(String.class).single()).isNotEqualTo(token).doesNotContain(token.substring(7));
        assertThat(byAgencyAdmin.getStatusCode().value()).isEqualTo(403);
        assertThat(badDomains.getStatusCode().value()).isEqualTo(400);
        assertThat(beforeRevocation.getStatusCode().value()).isEqualTo(200);
        assertThat(revoked.getStatusCode().value()).isEqualTo(204);
        assertScimError(scim(HttpMethod.GET, token, "/scim/v2/Users", null), 401, null);
        assertScimError(scim(HttpMethod.POST, token, "/scim/v2/Users",
                payload("okta/create-user.json", "late-" + UUID.randomUUID() + "@" + agency + ".example")), 401, null);
        assertScimError(scim(HttpMethod.GET, null, "/scim/v2/Users", null), 401, null);
        assertScimError(scim(HttpMethod.GET, agencyAdmin.substring("Bearer ".length()), "/scim/v2/Users", null),
                401, null);
        assertThat(scim(HttpMethod.GET, otherToken, "/scim/v2/Users", null).getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT revoked_by FROM scim_credential WHERE id = :id::uuid").param("id", credential)
                .query(String.class).single()).isNotBlank();
    }

    @Test
    void aSuspendedAgencysProvisioningIsRefusedAndStoresNothingUntilItIsReinstated() {
        String userName = "suspended-" + UUID.randomUUID() + "@" + agency + ".example";
        ResponseEntity<Map> suspended = api().post().uri("/api/directory/agencies/{code}/suspend", agency)
                .header(HttpHeaders.AUTHORIZATION, platformAdmin).retrieve().toEntity(Map.class);
        assertThat(suspended.getStatusCode().value()).as("%s", suspended.getBody()).isEqualTo(200);

        ResponseEntity<Map> listed = scim(HttpMethod.GET, token, "/scim/v2/Users", null);
        ResponseEntity<Map> created = scim(HttpMethod.POST, token, "/scim/v2/Users", payload("okta/create-user.json",
                userName));

        assertScimError(listed, 403, null);
        assertThat(listed.getBody().get("detail").toString()).contains("suspended");
        assertScimError(created, 403, null);
        assertThat(professionalsWithEmail(userName)).isZero();
        assertThat(scim(HttpMethod.GET, otherToken, "/scim/v2/Users", null).getStatusCode().value())
                .as("another agency's provisioning goes on").isEqualTo(200);

        ResponseEntity<Map> reinstated = api().post().uri("/api/directory/agencies/{code}/reinstate", agency)
                .header(HttpHeaders.AUTHORIZATION, platformAdmin).retrieve().toEntity(Map.class);
        assertThat(reinstated.getStatusCode().value()).as("%s", reinstated.getBody()).isEqualTo(200);
        assertThat(scim(HttpMethod.GET, token, "/scim/v2/Users", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theDirectorysKeycloakClientIsAServiceAccountThatCanOnlyManageUsersAndIdentityProviders() {
        RealmResource realm = keycloakAdmin().realm(TestKeycloak.REALM);
        var client = realm.clients().findByClientId("patchwork-directory").getFirst();
        var serviceAccount = realm.clients().get(client.getId()).getServiceAccountUser();
        String realmManagement = realm.clients().findByClientId("realm-management").getFirst().getId();

        assertThat(client.isServiceAccountsEnabled()).isTrue();
        assertThat(client.isPublicClient()).isFalse();
        assertThat(client.isStandardFlowEnabled()).isFalse();
        assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(client.isImplicitFlowEnabled()).isFalse();
        assertThat(realm.users().get(serviceAccount.getId()).roles().clientLevel(realmManagement).listAll())
                .extracting(role -> role.getName())
                .containsExactlyInAnyOrder("manage-users", "manage-identity-providers");
        assertThat(realm.users().get(serviceAccount.getId()).roles().realmLevel().listEffective())
                .extracting(role -> role.getName())
                .doesNotContain("practitioner", "agency-admin", "ig-officer", "platform-admin");
    }

    @Test
    @SuppressWarnings("unchecked")
    void clientsCanDiscoverWhatTheEndpointSupports() {
        ResponseEntity<Map> config = scim(HttpMethod.GET, token, "/scim/v2/ServiceProviderConfig", null);
        ResponseEntity<Map> types = scim(HttpMethod.GET, token, "/scim/v2/ResourceTypes", null);
        ResponseEntity<Map> schemas = scim(HttpMethod.GET, token, "/scim/v2/Schemas", null);

        assertThat((Map<String, Object>) config.getBody().get("patch")).containsEntry("supported", true);
        assertThat((Map<String, Object>) config.getBody().get("filter")).containsEntry("supported", true);
        assertThat((Map<String, Object>) config.getBody().get("bulk")).containsEntry("supported", false);
        assertThat(types.getBody()).containsEntry("totalResults", 1);
        assertThat(types.getBody().toString()).contains("urn:ietf:params:scim:schemas:core:2.0:User");
        assertThat(schemas.getBody()).containsEntry("totalResults", 2);
        assertThat(schemas.getBody().toString()).contains("userName");
    }
}
