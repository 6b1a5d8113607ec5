package org.patchwork.directory.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.patchwork.directory.DirectoryKeycloak;
import org.patchwork.directory.TestAgencies;
import org.patchwork.directory.TestApi;
import org.patchwork.directory.TopicRecords;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Onboarding an agency with its own identity provider, against the real database, Kafka and the test run's Keycloak
 * (realm {@code patchwork} as shipped, the directory signed in as its client {@code patchwork-directory}). The
 * agencies' identity providers are the test Keycloak's own {@code master} realm, read by Keycloak from its OpenID
 * Connect discovery document or its SAML metadata, as an agency's real one would be.
 */
@PatchworkServiceTest
class AgencyOnboardingTest {

    static final String SECRET = "sample-client-secret-" + UUID.randomUUID();
    static String platformAdmin;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void directoryClient(DynamicPropertyRegistry properties) {
        properties.add("patchwork.directory.keycloak.client-secret", DirectoryKeycloak::directoryClientSecret);
    }

    @BeforeAll
    static void users() {
        platformAdmin = TestKeycloak.get().createUser(null, "Sample", "Platform Admin", "platform-admin").bearer();
    }

    RestClient api() {
        return TestApi.at(port);
    }

    static String newCode() {
        return "onboard-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> oidcProvider() {
        return Map.of("protocol", "OIDC",
                "discoveryUrl", TestKeycloak.get().url() + "/realms/master/.well-known/openid-configuration",
                "clientId", "patchwork-broker", "clientSecret", SECRET, "groupsClaim", "roles");
    }

    static Map<String, Object> onboarding(String code, Map<String, Object> identityProvider) {
        return Map.of("code", code, "name", "Sample Housing Trust " + code, "kind", "HOUSING",
                "areas", List.of("Tamworth"), "email", "office@" + code + ".example",
                "emailDomains", List.of(code + ".example", "@Mail." + code + ".example"),
                "identityProvider", identityProvider);
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    ResponseEntity<String> send(String bearer, String method, String path, Object body) {
        var request = api().method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    ResponseEntity<Map> json(String bearer, String method, String path, Object body) {
        var request = api().method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(Map.class);
    }

    static IdentityProviderRepresentation identityProvider(String alias) {
        return DirectoryKeycloak.patchworkRealm().identityProviders().get(alias).toRepresentation();
    }

    static Map<String, IdentityProviderMapperRepresentation> mappers(String alias) {
        Map<String, IdentityProviderMapperRepresentation> byName = new HashMap<>();
        DirectoryKeycloak.patchworkRealm().identityProviders().get(alias).getMappers()
                .forEach(mapper -> byName.put(mapper.getName(), mapper));
        return byName;
    }

    long stored(String code) {
        return jdbc.sql("SELECT count(*) FROM agency WHERE code = ?").param(code).query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM agency_email_domain WHERE agency_code = ?").param(code)
                .query(Long.class).single();
    }

    @Test
    void aPlatformAdminOnboardsAnOidcAgencyAndKeycloakHasItsIdentityProviderWithTheStandardMappers() {
        String code = newCode();

        ResponseEntity<String> created = send(platformAdmin, "POST", "/api/directory/onboarding",
                onboarding(code, oidcProvider()));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).doesNotContain(SECRET).contains("\"status\":\"ONBOARDING\"",
                "\"emailDomains\":[\"mail." + code + ".example\",\"" + code + ".example\"]",
                "\"testSignInPath\":\"/oauth2/authorization/keycloak?idp=" + code + "\"", "\"testSignIn\":null");
        IdentityProviderRepresentation provider = identityProvider(code);
        assertThat(provider.getProviderId()).isEqualTo("oidc");
        assertThat(provider.getDisplayName()).isEqualTo("Sample Housing Trust " + code);
        assertThat(provider.getFirstBrokerLoginFlowAlias()).isEqualTo("patchwork first broker login");
        assertThat(provider.getConfig()).containsEntry("clientId", "patchwork-broker")
                .containsEntry("issuer", TestKeycloak.get().url() + "/realms/master")
                .containsEntry("tokenUrl", TestKeycloak.get().url() + "/realms/master/protocol/openid-connect/token")
                .containsEntry("pkceEnabled", "true").containsEntry("syncMode", "FORCE");
        Map<String, IdentityProviderMapperRepresentation> mappers = mappers(code);
        assertThat(mappers).containsOnlyKeys("agency", "practitioner", "agency-admin", "ig-officer", "manager",
                "username");
        assertThat(mappers.get("agency").getConfig()).containsEntry("attribute", "agency")
                .containsEntry("attribute.value", code);
        assertThat(mappers.get("agency-admin").getIdentityProviderMapper()).isEqualTo("oidc-role-idp-mapper");
        assertThat(mappers.get("agency-admin").getConfig()).containsEntry("claim", "roles")
                .containsEntry("claim.value", "patchwork-admins").containsEntry("role", "agency-admin");
        assertThat(mappers.get("manager").getConfig()).containsEntry("claim", "roles")
                .containsEntry("claim.value", "patchwork-managers").containsEntry("role", "manager");
        assertThat(mappers.get("username").getConfig())
                .containsEntry("template", code + ".${CLAIM.preferred_username | lowercase}");
        assertThat(jdbc.sql("SELECT count(*) FROM agency_identity_provider WHERE agency_code = ?"
                + " AND client_id = 'patchwork-broker'").param(code).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSamlAgencyIsOnboardedFromItsMetadataUrl() {
        String code = newCode();
        String metadata = TestKeycloak.get().url() + "/realms/master/protocol/saml/descriptor";

        ResponseEntity<Map> created = json(platformAdmin, "POST", "/api/directory/onboarding",
                onboarding(code, Map.of("protocol", "SAML", "metadataUrl", metadata)));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        IdentityProviderRepresentation provider = identityProvider(code);
        assertThat(provider.getProviderId()).isEqualTo("saml");
        assertThat(provider.getConfig()).containsEntry("metadataDescriptorUrl", metadata)
                .containsEntry("validateSignature", "true").containsEntry("wantAssertionsSigned", "true")
                .containsKey("signingCertificate")
                .containsEntry("singleSignOnServiceUrl", TestKeycloak.get().url() + "/realms/master/protocol/saml");
        assertThat(mappers(code)).containsOnlyKeys("agency", "practitioner", "agency-admin", "ig-officer", "manager",
                "email", "first name", "last name", "username");
        assertThat(mappers(code).get("ig-officer").getIdentityProviderMapper()).isEqualTo("saml-role-idp-mapper");
    }

    @Test
    void onlyAPlatformAdminOnboardsAnAgencyOrSeesOrChangesItsIdentityProvider() {
        TestAgencies.ensure(jdbc, "lichfield-dc", "Lichfield District Council", "DISTRICT_COUNCIL", "Lichfield");
        String existing = newCode();
        json(platformAdmin, "POST", "/api/directory/onboarding", onboarding(existing, oidcProvider()));
        String agencyAdmin = TestKeycloak.get().createUser("lichfield-dc", "Sample", "Agency Admin", "practitioner",
                "agency-admin").bearer();
        String practitioner = TestKeycloak.get().createUser("lichfield-dc", "Sample", "Practitioner",
                "practitioner").bearer();
        String code = newCode();

        for (String caller : List.of(agencyAdmin, practitioner)) {
            assertThat(send(caller, "POST", "/api/directory/onboarding", onboarding(code, oidcProvider()))
                    .getStatusCode().value()).isEqualTo(403);
            assertThat(send(caller, "GET", "/api/directory/onboarding/" + existing, null).getStatusCode().value())
                    .isEqualTo(403);
            assertThat(send(caller, "PUT", "/api/directory/onboarding/" + existing + "/identity-provider",
                    Map.of("emailDomains", List.of("taken.example"), "identityProvider", oidcProvider()))
                    .getStatusCode().value()).isEqualTo(403);
            assertThat(send(caller, "POST", "/api/directory/onboarding/" + existing + "/go-live", null)
                    .getStatusCode().value()).isEqualTo(403);
        }
        assertThat(send(null, "POST", "/api/directory/onboarding", onboarding(code, oidcProvider()))
                .getStatusCode().value()).isEqualTo(401);
        assertThat(stored(code)).isZero();
        assertThatThrownBy(() -> identityProvider(code)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void badInputGetsAProblemAndStoresNothing() {
        String code = newCode();
        List<Map<String, Object>> bad = List.of(
                onboarding(code, with(oidcProvider(), "clientSecret", "")),
                onboarding(code, with(oidcProvider(), "discoveryUrl", "not a url")),
                onboarding(code, with(oidcProvider(), "metadataUrl", "https://idp.example/metadata")),
                onboarding(code, Map.of("protocol", "SAML")),
                with(onboarding(code, oidcProvider()), "emailDomains", List.of("no-dot")),
                with(onboarding(code, oidcProvider()), "emailDomains", List.of()),
                with(onboarding(code, oidcProvider()), "code", "Not A Code"),
                with(onboarding(code, oidcProvider()), "name", "=HYPERLINK(\"x\")"));

        for (Map<String, Object> body : bad) {
            ResponseEntity<String> refused = send(platformAdmin, "POST", "/api/directory/onboarding", body);
            assertThat(refused.getStatusCode().value()).as(body.toString()).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        ResponseEntity<String> unreadable = send(platformAdmin, "POST", "/api/directory/onboarding",
                onboarding(code, with(oidcProvider(), "discoveryUrl",
                        TestKeycloak.get().url() + "/realms/no-such-realm/.well-known/openid-configuration")));
        assertThat(unreadable.getStatusCode().value()).isEqualTo(400);
        assertThat(unreadable.getBody()).contains("identity-provider-unreadable").doesNotContain(SECRET);

        assertThat(stored(code)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM agency_identity_provider WHERE agency_code = ?").param(code)
                .query(Long.class).single()).isZero();
        assertThatThrownBy(() -> identityProvider(code)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEmailDomainBelongsToOneAgency() {
        String first = newCode();
        json(platformAdmin, "POST", "/api/directory/onboarding", onboarding(first, oidcProvider()));
        String second = newCode();

        ResponseEntity<String> refused = send(platformAdmin, "POST", "/api/directory/onboarding",
                with(onboarding(second, oidcProvider()), "emailDomains", List.of(first + ".example")));

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody()).contains("email-domain-taken", first + ".example");
        assertThat(stored(second)).isZero();
    }

    @Test
    void anAgencyGoesLiveOnlyAfterATestSignInThroughItsIdentityProvider() {
        String code = newCode();
        json(platformAdmin, "POST", "/api/directory/onboarding", onboarding(code, oidcProvider()));
        assertThat(send(null, "GET", "/api/directory/sign-in/agencies", null).getBody())
                .contains("\"code\":\"" + code + "\"", "\"live\":false");

        ResponseEntity<String> tooEarly = send(platformAdmin, "POST", "/api/directory/onboarding/" + code + "/go-live",
                null);
        String tester = TestKeycloak.get().createUser(code, "Sample", "Tester", "practitioner").bearer();
        ResponseEntity<String> testSignIn = send(tester, "GET", "/api/directory/me", null);
        ResponseEntity<Map> afterTest = json(platformAdmin, "GET", "/api/directory/onboarding/" + code, null);
        ResponseEntity<Map> live = json(platformAdmin, "POST", "/api/directory/onboarding/" + code + "/go-live", null);

        assertThat(tooEarly.getStatusCode().value()).isEqualTo(409);
        assertThat(tooEarly.getBody()).contains("test-sign-in-missing");
        assertThat(testSignIn.getStatusCode().value()).isEqualTo(403);
        assertThat(testSignIn.getBody()).contains("agency-onboarding");
        assertThat((Map<String, Object>) afterTest.getBody().get("testSignIn")).containsEntry("by", "Sample Tester")
                .containsKey("at");
        assertThat(live.getStatusCode().value()).isEqualTo(200);
        assertThat((Map<String, Object>) live.getBody().get("agency")).containsEntry("status", "ONBOARDED");
        assertThat(send(tester, "GET", "/api/directory/me", null).getStatusCode().value()).isEqualTo(200);
        assertThat(send(null, "GET", "/api/directory/sign-in/agencies", null).getBody())
                .contains("{\"code\":\"" + code + "\",\"name\":\"Sample Housing Trust " + code
                        + "\",\"identityProviderAlias\":\"" + code + "\",\"emailDomains\":[\"mail." + code
                        + ".example\",\"" + code + ".example\"],\"live\":true}");
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(bootstrapServers, "directory.agencies",
                code, 1);
        assertThat(TopicRecords.types(records)).containsExactly("org.patchwork.AgencyOnboarded");
        assertThat(TopicRecords.json(records.getFirst())).contains("\"status\":\"ONBOARDED\"",
                "\"identityProviderAlias\":\"" + code + "\"",
                "\"emailDomains\":[\"mail." + code + ".example\",\"" + code + ".example\"]");
    }

    @Test
    void changingALiveAgencysIdentityProviderKeepsTheSecretUnlessGivenAndPublishesANewDomain() {
        String code = newCode();
        json(platformAdmin, "POST", "/api/directory/onboarding", onboarding(code, oidcProvider()));
        send(TestKeycloak.get().createUser(code, "Sample", "Tester", "practitioner").bearer(), "GET",
                "/api/directory/me", null);
        json(platformAdmin, "POST", "/api/directory/onboarding/" + code + "/go-live", null);
        String secretBefore = identityProvider(code).getConfig().get("clientSecret");

        ResponseEntity<String> changed = send(platformAdmin, "PUT",
                "/api/directory/onboarding/" + code + "/identity-provider",
                Map.of("emailDomains", List.of(code + ".example", "merged-" + code + ".example"),
                        "identityProvider", with(with(oidcProvider(), "clientSecret", ""), "adminGroup", "pw-admins")));

        assertThat(changed.getStatusCode().value()).isEqualTo(200);
        assertThat(changed.getBody()).contains("merged-" + code + ".example").doesNotContain(SECRET);
        assertThat(secretBefore).isNotBlank();
        assertThat(identityProvider(code).getConfig().get("clientSecret")).isEqualTo(secretBefore);
        assertThat(mappers(code).get("agency-admin").getConfig()).containsEntry("claim.value", "pw-admins");
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(bootstrapServers, "directory.agencies",
                code, 2);
        assertThat(TopicRecords.types(records)).containsExactly("org.patchwork.AgencyOnboarded",
                "org.patchwork.AgencyUpdated");
        assertThat(TopicRecords.json(records.getLast())).contains("merged-" + code + ".example")
                .doesNotContain(SECRET);
    }
}
