package org.patchwork.identity.realm;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.TestKeycloak;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realm {@code patchwork} as imported from {@code identity/}: nobody signs up, nobody signs in with a local
 * password, and the gateway's client only does the authorization-code flow.
 */
class PatchworkRealmRulesTest {

    private final String realm = TestKeycloak.get().issuer();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theGatewayClientRefusesPasswordGrants() throws Exception {
        HttpResponse<String> response = post(realm + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "patchwork-gateway",
                "client_secret", System.getenv().getOrDefault("PATCHWORK_GATEWAY_CLIENT_SECRET", "unknown"),
                "username", "lichfield-dc.practitioner", "password", "demo"));

        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).contains("unauthorized_client");
    }

    @Test
    void noDemoIdentityProviderHandsOutTokensForAPassword() throws Exception {
        for (String agency : new String[] {"lichfield-dc", "nhs-primary-care", "schools-partnership",
                "staffordshire-cc", "staffs-fire"}) {
            HttpResponse<String> response = post(TestKeycloak.get().url() + "/realms/demo-" + agency
                    + "/protocol/openid-connect/token", Map.of("grant_type", "password", "client_id", "admin-cli",
                    "username", "practitioner", "password", "demo"));

            assertThat(response.statusCode()).as(agency).isIn(400, 401);
            assertThat(response.body()).as(agency).contains("unauthorized_client").doesNotContain("access_token");
        }
    }

    @Test
    void nobodyCanRegisterThemselves() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realm
                + "/protocol/openid-connect/registrations?client_id=patchwork-gateway&response_type=code&scope=openid"
                + "&redirect_uri=" + URLEncoder.encode(gatewayUrl() + "/login/oauth2/code/keycloak",
                StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).doesNotContain("kc-register-form").contains("Registration not allowed");
    }

    @Test
    void theSignInPageOffersOnlyTheAgenciesAndNoPasswordField() throws Exception {
        HttpResponse<String> response = getFollowingRedirects(realm
                + "/protocol/openid-connect/auth?client_id=patchwork-gateway&response_type=code&scope=openid"
                + "&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&redirect_uri=" + URLEncoder.encode(gatewayUrl() + "/login/oauth2/code/keycloak",
                StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("type=\"password\"")
                .contains("Lichfield District Council", "Staffordshire County Council", "Demo Primary Care Trust",
                        "Demo Schools Partnership", "Staffordshire Fire and Rescue Service");
    }

    /** Follows Keycloak's redirects, sending back its cookies (marked Secure, which Java's cookie store won't send over http). */
    private HttpResponse<String> getFollowingRedirects(String url) throws Exception {
        Map<String, String> cookies = new java.util.LinkedHashMap<>();
        URI next = URI.create(url);
        for (int step = 0; step < 5; step++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(next).GET();
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> {
                String pair = header.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            });
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
        }
        throw new IllegalStateException("Too many redirects from " + url);
    }

    private HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String gatewayUrl() {
        return "http://127.0.0.1:" + System.getenv().getOrDefault("PATCHWORK_TEST_GATEWAY_PORT", "18080");
    }
}
