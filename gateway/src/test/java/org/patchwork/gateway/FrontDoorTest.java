package org.patchwork.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patchwork.gateway.signin.FakeDirectory;
import org.patchwork.platform.test.Prometheus;
import org.patchwork.platform.test.Release;
import org.patchwork.platform.test.TestDatabase;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway as the browser and agencies' systems meet it, on real ports, with the test run's Keycloak and every
 * service unreachable: what it answers when a service is down or a sign-in can no longer be renewed, the headers
 * on its answers, and that management endpoints are on the management port only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrontDoorTest {

    static final String UNREACHABLE = "http://127.0.0.1:" + closedPort();
    /** A fixed management port, as deployed (the test's own random one would hide what the gateway does with it). */
    static final int MANAGEMENT_PORT = closedPort();
    static final FakeDirectory DIRECTORY = FakeDirectory.start().lists("[" + FakeDirectory.agency("lichfield-dc",
            "Lichfield District Council", "lichfield-dc.example", true) + "]");
    static TestUser practitioner;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    WebSessionManager sessions;
    @Autowired
    ServerOAuth2AuthorizedClientRepository authorizedClients;
    @Autowired
    ReactiveClientRegistrationRepository registrations;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("patchwork.keycloak.issuer", () -> TestKeycloak.get().issuer());
        TestDatabase database = TestDatabase.get("gateway");
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
        for (String service : List.of("DIRECTORY", "CLIENT_NETWORK", "SCHEDULE", "NOTIFICATION", "WEB_APP")) {
            registry.add("PATCHWORK_" + service + "_URL", () -> UNREACHABLE);
        }
        // The sign-in page's agencies (and the check at sign-in) still come from a directory.
        registry.add("patchwork.sign-in.directory-url", DIRECTORY::url);
    }

    @BeforeAll
    static void users() {
        practitioner = TestKeycloak.get().createUser("lichfield-dc", "Front", "Door", "practitioner");
    }

    @Test
    void theManagementPortSaysWhichReleaseOfTheGatewayAnswers() {
        HttpResponse<String> info = send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/info")));

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"release\":\"" + Release.ofThisPart() + "\"");
    }

    @Test
    void aServiceThatCannotBeReachedGivesA502ProblemNamingNoAddress() {
        HttpResponse<String> response = send(get("/api/directory/me").header("Authorization", practitioner.bearer()));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":502", "\"type\":\"https://patchwork.example/problems/service-unreachable\"",
                "\"instance\":\"/api/directory/me\"").doesNotContain(UNREACHABLE.substring(7));
    }

    @Test
    void aPageWhoseServiceCannotBeReachedGetsTheServiceUnavailablePageWithA502() {
        HttpResponse<String> response = send(get("/profile").header("Authorization", practitioner.bearer())
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Sorry, the service is unavailable").doesNotContain(UNREACHABLE.substring(7));
        assertSecurityHeaders(response);
    }

    @Test
    void aSignInKeycloakWillNoLongerRenewEndsTheSessionAndSendsAPageToSignInAndAnApiCallA401Problem() {
        String pageSession = sessionWhoseRefreshKeycloakRefuses();
        String apiSession = sessionWhoseRefreshKeycloakRefuses();

        HttpResponse<String> page = send(get("/clients").header("Cookie", "PATCHWORK_SESSION=" + pageSession));
        HttpResponse<String> api = send(get("/api/me/clients").header("Cookie", "PATCHWORK_SESSION=" + apiSession));

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/sign-in");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"type\":\"https://patchwork.example/problems/sign-in-ended\"");
        assertThat(store().retrieveSession(pageSession).blockOptional()).as("the page's session ended").isEmpty();
        assertThat(store().retrieveSession(apiSession).blockOptional()).as("the API caller's session ended").isEmpty();
    }

    @Test
    void pagesBehindATlsProxyGetSecureCookiesHstsAndTheContentSecurityPolicy() {
        HttpResponse<String> page = send(get("/sign-in").header("X-Forwarded-Proto", "https"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("XSRF-TOKEN=").contains("; Secure").contains("; SameSite=Lax"));

        HttpResponse<String> signIn = send(get("/").header("X-Forwarded-Proto", "https").header("Accept", "text/html"));
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("PATCHWORK_SESSION=").contains("; Secure").containsIgnoringCase("; HttpOnly").contains("; SameSite=Lax"));
    }

    @Test
    void plainHttpGetsNoHsts() {
        HttpResponse<String> page = send(get("/sign-in"));

        assertSecurityHeaders(page);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void apiAnswersCarryTheSameHeaders() {
        HttpResponse<String> refused = send(get("/api/directory/me").header("X-Forwarded-Proto", "https"));
        HttpResponse<String> failed = send(get("/api/directory/me").header("X-Forwarded-Proto", "https")
                .header("Authorization", practitioner.bearer()));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertSecurityHeaders(refused);
        assertThat(refused.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertSecurityHeaders(failed);
        assertThat(failed.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void managementEndpointsAreOnTheManagementPortOnlyAndNeverRouted() {
        HttpResponse<String> metrics = send(get("/actuator/metrics").header("Authorization", practitioner.bearer()));
        HttpResponse<String> health = send(get("/actuator/health"));

        assertThat(metrics.statusCode()).isEqualTo(404);
        assertThat(metrics.body()).contains("\"status\":404").doesNotContain("names");
        assertThat(health.statusCode()).isEqualTo(404);
        HttpResponse<String> readiness = send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness")));
        assertThat(readiness.statusCode()).isEqualTo(200);
        HttpResponse<String> page = send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/profile")).header("Authorization", practitioner.bearer()));
        assertThat(page.statusCode()).as("the management port routes nothing").isEqualTo(404);
    }

    @Test
    void aSignInFailingAtAnAgencysIdentityProviderIsCountedAgainstThatProvider() {
        double before = Prometheus.scrape(managementPort).sum("patchwork_sign_ins_failed_total", "idp", "lichfield-dc");
        HttpResponse<String> started = send(get("/oauth2/authorization/keycloak?idp=lichfield-dc"));
        assertThat(started.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("kc_idp_hint=lichfield-dc"));
        String state = queryParameter(started.headers().firstValue("Location").orElseThrow(), "state");
        String session = started.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("PATCHWORK_SESSION=")).findFirst().orElseThrow().split(";")[0];

        HttpResponse<String> refused = send(get("/login/oauth2/code/keycloak?error=access_denied&state=" + state)
                .header("Cookie", session));

        assertThat(refused.headers().firstValue("Location")).hasValue("/sign-in?error");
        Prometheus after = Prometheus.scrape(managementPort);
        assertThat(after.sum("patchwork_sign_ins_failed_total", "idp", "lichfield-dc") - before).isEqualTo(1);
        assertThat(after.has("http_server_requests_seconds_count", "application", "gateway")).isTrue();
        assertThat(after.has("jvm_memory_used_bytes")).isTrue();
    }

    private static String queryParameter(String url, String name) {
        for (String parameter : URI.create(url).getRawQuery().split("&")) {
            if (parameter.startsWith(name + "=")) {
                return parameter.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " is not in " + url);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'", "script-src 'self' 'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='",
                        "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("camera=()", "geolocation=()", "microphone=()"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    /**
     * A signed-in browser's gateway session whose access token has expired and whose refresh token Keycloak does
     * not know: as for an account disabled, or a Keycloak session ended, since the sign-in.
     */
    private String sessionWhoseRefreshKeycloakRefuses() {
        Instant now = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject(practitioner.id())
                .claim("preferred_username", practitioner.username())
                .issuedAt(now.minusSeconds(600)).expiresAt(now.minusSeconds(300)).build();
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken,
                "preferred_username");
        OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
        OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(registrations.findByRegistrationId("keycloak").block(),
                practitioner.username(),
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "expired", now.minusSeconds(600),
                        now.minusSeconds(300)),
                new OAuth2RefreshToken("refused-refresh-token", now.minusSeconds(600)));

        WebSession session = store().createWebSession().block();
        session.start();
        session.getAttributes().put(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME,
                new SecurityContextImpl(authentication));
        MockServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/")).session(session)
                .build();
        authorizedClients.saveAuthorizedClient(client, authentication, exchange).block();
        session.save().block();
        return session.getId();
    }

    private org.springframework.web.server.session.WebSessionStore store() {
        return ((DefaultWebSessionManager) sessions).getSessionStore();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
