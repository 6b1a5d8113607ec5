package org.patchwork.platform.test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The test run's real Keycloak, started once by {@code ./patchwork test} with the {@code patchwork} realm
 * from {@code identity/} imported. Tests get real tokens for users they create through the admin REST API:
 * a test-only client with direct access grants is added to the realm for that; the realm as shipped has none.
 */
public final class TestKeycloak {

    public static final String REALM = "patchwork";
    public static final String TEST_CLIENT = "patchwork-tests";
    public static final String NO_AUDIENCE_CLIENT = "patchwork-tests-no-audience";
    public static final String SHORT_LIVED_CLIENT = "patchwork-tests-short-lived";
    public static final String AUDIENCE = "patchwork-api";

    private static TestKeycloak instance;

    private final String url;
    private final RestClient http = RestClient.builder()
            .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory()).build();
    private final String adminUser;
    private final String adminPassword;

    private TestKeycloak(String url, String adminUser, String adminPassword) {
        this.url = url;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    public static synchronized TestKeycloak get() {
        if (instance == null) {
            instance = at(TestEnvironment.required("PATCHWORK_TEST_KEYCLOAK_URL",
                            "Run the tests with ./patchwork test, which starts Keycloak once for the whole run."),
                    TestEnvironment.get("PATCHWORK_TEST_KEYCLOAK_ADMIN", "admin"),
                    TestEnvironment.required("PATCHWORK_TEST_KEYCLOAK_ADMIN_PASSWORD",
                            "Run the tests with ./patchwork test, which makes the test Keycloak's admin password."));
        }
        return instance;
    }

    /** Another Keycloak with the {@code patchwork} realm (e.g. the one {@code ./patchwork up} starts), made ready for tests. */
    public static TestKeycloak at(String url, String adminUser, String adminPassword) {
        TestKeycloak keycloak = new TestKeycloak(url, adminUser, adminPassword);
        keycloak.ensureTestClient(TEST_CLIENT, true, null);
        keycloak.ensureTestClient(NO_AUDIENCE_CLIENT, false, null);
        keycloak.ensureTestClient(SHORT_LIVED_CLIENT, true, "1");
        return keycloak;
    }

    public String url() {
        return url;
    }

    public String issuer() {
        return url + "/realms/" + REALM;
    }

    /** Creates a user in the {@code patchwork} realm with the given agency and realm roles. */
    public TestUser createUser(String agency, String firstName, String lastName, String... roles) {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@" + (agency == null ? "platform" : agency) + ".example";
        Map<String, Object> attributes = agency == null ? Map.of() : Map.of("agency", List.of(agency));
        ResponseEntity<Void> created = admin().post().uri(url + "/admin/realms/{realm}/users", REALM)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "email", email, "emailVerified", true, "enabled", true,
                        "firstName", firstName, "lastName", lastName, "attributes", attributes,
                        "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))))
                .retrieve().toBodilessEntity();
        URI location = created.getHeaders().getLocation();
        String id = location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
        if (roles.length > 0) {
            List<Map<String, Object>> representations = java.util.Arrays.stream(roles)
                    .map(role -> admin().get().uri(url + "/admin/realms/{realm}/roles/{role}", REALM, role)
                            .retrieve().<Map<String, Object>>body(new org.springframework.core.ParameterizedTypeReference<>() {
                            }))
                    .toList();
            admin().post().uri(url + "/admin/realms/{realm}/users/{id}/role-mappings/realm", REALM, id)
                    .contentType(MediaType.APPLICATION_JSON).body(representations).retrieve().toBodilessEntity();
        }
        return new TestUser(this, id, username, username, email, firstName + " " + lastName, agency, List.of(roles));
    }

    /** Disables an account, as an agency does for a leaver. */
    public void disableUser(String userId) {
        admin().put().uri(url + "/admin/realms/{realm}/users/{id}", REALM, userId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("enabled", false))
                .retrieve().toBodilessEntity();
    }

    /**
     * Ends every Keycloak session of the user {@code username} of realm {@code patchwork}, as an administrator does;
     * Keycloak then sends a logout token to each client's back-channel logout URL.
     */
    public void endSessionsOf(String username) {
        admin().post().uri(url + "/admin/realms/{realm}/users/{id}/logout", REALM, userIdOf(username))
                .retrieve().toBodilessEntity();
    }

    /** Gives the {@code patchwork} realm's user with this username a realm role, as an administrator does. */
    public void grantRealmRole(String username, String role) {
        Map<String, Object> representation = admin().get().uri(url + "/admin/realms/{realm}/roles/{role}", REALM, role)
                .retrieve().body(new org.springframework.core.ParameterizedTypeReference<>() {
                });
        admin().post().uri(url + "/admin/realms/{realm}/users/{id}/role-mappings/realm", REALM, userIdOf(username))
                .contentType(MediaType.APPLICATION_JSON).body(List.of(representation)).retrieve().toBodilessEntity();
    }

    /**
     * A new realm of this Keycloak playing a new agency's own identity provider: a confidential OpenID Connect client
     * {@code clientId} that may redirect to {@code redirectUri} (Patchwork's broker endpoint for the agency) and, after
     * a sign-out, to its {@code logout_response} (as an agency registers both), and one user with a password.
     */
    public void createAgencyRealm(String realm, String clientId, String clientSecret, String redirectUri,
                                  String username, String password, String firstName, String lastName, String email) {
        admin().post().uri(url + "/admin/realms").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("realm", realm, "enabled", true, "sslRequired", "none",
                        "clients", List.of(Map.of("clientId", clientId, "enabled", true, "publicClient", false,
                                "secret", clientSecret, "standardFlowEnabled", true,
                                "directAccessGrantsEnabled", false, "redirectUris", List.of(redirectUri),
                                "frontchannelLogout", false, "attributes",
                                Map.of("post.logout.redirect.uris", redirectUri + "/logout_response"))),
                        "users", List.of(Map.of("username", username, "enabled", true, "email", email,
                                "emailVerified", true, "firstName", firstName, "lastName", lastName,
                                "credentials", List.of(Map.of("type", "password", "value", password,
                                        "temporary", false))))))
                .retrieve().toBodilessEntity();
    }

    /** The id of the {@code patchwork} realm's user with this username (e.g. {@code lichfield-dc.practitioner}). */
    public String userIdOf(String username) {
        List<Map<String, Object>> users = admin().get()
                .uri(url + "/admin/realms/{realm}/users?username={username}&exact=true", REALM, username)
                .retrieve().body(new org.springframework.core.ParameterizedTypeReference<>() {
                });
        if (users == null || users.size() != 1) {
            throw new IllegalStateException("Realm " + REALM + " has no single user " + username + ": " + users);
        }
        return (String) users.getFirst().get("id");
    }

    /** A real token of the {@code patchwork} realm, obtained with the user's password through a test client. */
    public String passwordGrant(String client, String username, String password) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "password");
        form.add("client_id", client);
        form.add("username", username);
        form.add("password", password);
        form.add("scope", "openid");
        return tokenRequest(issuer() + "/protocol/openid-connect/token", form);
    }

    /** A real token from another realm (Keycloak's own master realm), which Patchwork services must refuse. */
    public String foreignRealmToken() {
        return adminToken();
    }

    private String adminToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "password");
        form.add("client_id", "admin-cli");
        form.add("username", adminUser);
        form.add("password", adminPassword);
        return tokenRequest(url + "/realms/master/protocol/openid-connect/token", form);
    }

    private String tokenRequest(String endpoint, MultiValueMap<String, String> form) {
        Map<String, Object> response = http.post().uri(endpoint)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().body(new org.springframework.core.ParameterizedTypeReference<>() {
                });
        return (String) response.get("access_token");
    }

    private RestClient admin() {
        return http.mutate().defaultHeader("Authorization", "Bearer " + adminToken()).build();
    }

    private String builtInDirectGrantFlowId() {
        List<Map<String, Object>> flows = admin().get()
                .uri(url + "/admin/realms/{realm}/authentication/flows", REALM)
                .retrieve().body(new org.springframework.core.ParameterizedTypeReference<>() {
                });
        return flows.stream().filter(flow -> "direct grant".equals(flow.get("alias")))
                .map(flow -> (String) flow.get("id")).findFirst()
                .orElseThrow(() -> new IllegalStateException("The patchwork realm has no built-in 'direct grant' flow"));
    }

    private void ensureTestClient(String clientId, boolean withAudience, String accessTokenLifespan) {
        List<?> existing = admin().get().uri(url + "/admin/realms/{realm}/clients?clientId={id}", REALM, clientId)
                .retrieve().body(List.class);
        if (existing != null && !existing.isEmpty()) {
            return;
        }
        List<Map<String, Object>> mappers = new java.util.ArrayList<>();
        mappers.add(Map.of("name", "agency", "protocol", "openid-connect",
                "protocolMapper", "oidc-usermodel-attribute-mapper",
                "config", Map.of("user.attribute", "agency", "claim.name", "agency", "jsonType.label", "String",
                        "access.token.claim", "true", "id.token.claim", "true", "introspection.token.claim", "true")));
        if (withAudience) {
            mappers.add(Map.of("name", "patchwork-api-audience", "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config", Map.of("included.custom.audience", AUDIENCE, "access.token.claim", "true",
                            "introspection.token.claim", "true")));
        }
        Map<String, Object> attributes = accessTokenLifespan == null ? Map.of()
                : Map.of("access.token.lifespan", accessTokenLifespan);
        try {
            admin().post().uri(url + "/admin/realms/{realm}/clients", REALM)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                            "standardFlowEnabled", false, "protocolMappers", mappers, "attributes", attributes,
                            // The realm refuses local passwords; only these test clients may use Keycloak's
                            // built-in password flow.
                            "authenticationFlowBindingOverrides", Map.of("direct_grant", builtInDirectGrantFlowId())))
                    .retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.Conflict alreadyCreatedByAnotherJvm) {
            // Test JVMs of several modules may race to create the same client; one wins, which is all we need.
        }
    }
}
