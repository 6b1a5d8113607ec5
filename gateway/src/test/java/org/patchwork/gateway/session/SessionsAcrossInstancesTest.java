package org.patchwork.gateway.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patchwork.gateway.GatewayApplication;
import org.patchwork.platform.test.TestDatabase;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.server.session.WebSessionStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances (two application contexts) on one database, as two gateway processes behind a load balancer:
 * a browser signed in through one is served by the other, a back-channel logout reaching one ends a session signed
 * in through the other, a restart signs nobody out, and a signed-in browser's requests write nothing to the session
 * store once its session is saved.
 * <p>
 * The services behind the gateway are one small server that answers with the {@code Authorization} header the
 * gateway relayed, so each answer shows whose session served it. Keycloak is the test run's; only the logout tokens are
 * signed here, with a key the gateways are given as the realm's (their back-channel address serves it), since Keycloak
 * sends its own only to the address its realm knows for the gateway; it is served beside the realm's own keys.
 */
class SessionsAcrossInstancesTest {

    private static final String CLIENT_ID = "patchwork-gateway";
    private static final TestDatabase database = TestDatabase.create("gateway_sessions");
    private static RSAKey logoutTokenKey;
    private static HttpServer services;
    private static HttpServer realmKeys;
    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;
    private static TestUser practitioner;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        logoutTokenKey = new RSAKeyGenerator(2048).keyID("logout-" + UUID.randomUUID()).generate();
        services = server("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] body = String.valueOf(authorization).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // The realm's own keys, for the access tokens of bearer calls, and the key of the logout tokens signed here.
        List<JWK> keys = new ArrayList<>(JWKSet.load(URI.create(TestKeycloak.get().issuer()
                + "/protocol/openid-connect/certs").toURL()).getKeys());
        keys.add(logoutTokenKey.toPublicJWK());
        byte[] realmAndLogoutKeys = new JWKSet(keys).toString().getBytes(StandardCharsets.UTF_8);
        realmKeys = server("/protocol/openid-connect/certs", exchange -> {
            byte[] body = realmAndLogoutKeys;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        practitioner = TestKeycloak.get().createUser("lichfield-dc", "Shared", "Session", "practitioner");
        instanceA = startInstance();
        instanceB = startInstance();
    }

    @AfterAll
    static void stopInstances() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {instanceA, instanceB}) {
            if (instance != null) {
                instance.close();
            }
        }
        services.stop(0);
        realmKeys.stop(0);
    }

    @Test
    void aBrowserSignedInThroughOneInstanceIsServedByTheOther() {
        String accessToken = practitioner.accessToken();
        String session = signIn(instanceA, accessToken, "kc-" + UUID.randomUUID());

        HttpResponse<String> throughB = send(instanceB, "/api/me/clients", session);

        assertThat(throughB.statusCode()).isEqualTo(200);
        assertThat(throughB.body()).as("the access token relayed from the session signed in through A")
                .isEqualTo("Bearer " + accessToken);
    }

    @Test
    void aBackChannelLogoutReachingOneInstanceEndsTheSessionSignedInThroughTheOther() throws Exception {
        String keycloakSession = "kc-" + UUID.randomUUID();
        String ended = signIn(instanceA, practitioner.accessToken(), keycloakSession);
        String otherSession = signIn(instanceA, practitioner.accessToken(), "kc-" + UUID.randomUUID());

        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(URI.create(url(instanceB)
                        + "/logout/connect/back-channel/keycloak"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token="
                        + URLEncoder.encode(logoutToken(keycloakSession), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(logout.statusCode()).isEqualTo(200);
        HttpResponse<String> afterLogout = send(instanceA, "/api/me/clients", ended);
        assertThat(afterLogout.statusCode()).isEqualTo(401);
        assertThat(afterLogout.body()).contains("\"type\":\"https://patchwork.example/problems/unauthenticated\"");
        assertThat(send(instanceB, "/api/me/clients", ended).statusCode()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM spring_session WHERE session_id = '" + ended + "'")).isZero();
        assertThat(count("SELECT count(*) FROM oidc_session WHERE session_id = '" + ended + "'")).isZero();
        assertThat(send(instanceA, "/api/me/clients", otherSession).statusCode())
                .as("the same user's session of another Keycloak session goes on").isEqualTo(200);
    }

    @Test
    void restartingEveryGatewayInstanceSignsNobodyOut() {
        String accessToken = practitioner.accessToken();
        String session = signIn(instanceA, accessToken, "kc-" + UUID.randomUUID());

        // Both at once: in one JVM, closing one instance also ends the Reactor Netty resources the other shares.
        instanceA.close();
        instanceB.close();
        instanceA = startInstance();
        instanceB = startInstance();

        for (ConfigurableApplicationContext instance : List.of(instanceA, instanceB)) {
            HttpResponse<String> afterRestart = send(instance, "/api/me/clients", session);
            assertThat(afterRestart.statusCode()).isEqualTo(200);
            assertThat(afterRestart.body()).isEqualTo("Bearer " + accessToken);
        }
    }

    @Test
    void aSignedInBrowsersRequestsWriteNothingToTheSessionStoreUntilItsLastAccessIsAMinuteOld() throws Exception {
        String session = signIn(instanceA, practitioner.accessToken(), "kc-" + UUID.randomUUID());
        countSessionWrites();

        for (int request = 0; request < 20; request++) {
            HttpResponse<String> response = send(request % 2 == 0 ? instanceA : instanceB, "/api/me/clients", session);
            assertThat(response.statusCode()).isEqualTo(200);
        }
        assertThat(sessionWrites()).as("writes to the session tables by 20 requests").isZero();

        long minuteAgo = Instant.now().minusSeconds(61).toEpochMilli();
        execute("UPDATE spring_session SET last_access_time = " + minuteAgo + " WHERE session_id = '" + session + "'");
        execute("DELETE FROM test_session_writes");
        for (int request = 0; request < 5; request++) {
            assertThat(send(instanceB, "/api/me/clients", session).statusCode()).isEqualTo(200);
        }
        assertThat(sessionWrites()).as("the last-access time written once, then nothing").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM spring_session WHERE session_id = '" + session
                + "' AND last_access_time > " + minuteAgo)).isEqualTo(1);
    }

    @Test
    void anApiCallWithItsOwnBearerTokenNeitherCreatesNorWritesASession() throws Exception {
        countSessionWrites();

        for (int request = 0; request < 5; request++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(instanceA) + "/api/me/clients"))
                    .header("Authorization", practitioner.bearer()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("PATCHWORK_SESSION="));
        }
        assertThat(sessionWrites()).isZero();
    }

    /**
     * What a sign-in through {@code instance} leaves behind, as its OAuth2 login does: a saved session holding the
     * security context and the authorized client with a real access token from the test Keycloak, and the session's
     * link to its Keycloak session in the OIDC session registry.
     */
    private static String signIn(ConfigurableApplicationContext instance, String accessToken, String keycloakSession) {
        Instant now = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token-" + keycloakSession)
                .issuer(TestKeycloak.get().issuer()).subject(practitioner.id()).audience(List.of(CLIENT_ID))
                .claim("sid", keycloakSession).claim("preferred_username", practitioner.username())
                .issuedAt(now).expiresAt(now.plusSeconds(300)).build();
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken,
                "preferred_username");
        OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
        OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(instance.getBean(ReactiveClientRegistrationRepository.class)
                .findByRegistrationId("keycloak").block(), practitioner.username(),
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, now, now.plusSeconds(300)));

        WebSession session = store(instance).createWebSession().block();
        session.start();
        session.getAttributes().put(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME,
                new SecurityContextImpl(authentication));
        MockServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/")).session(session)
                .build();
        instance.getBean(ServerOAuth2AuthorizedClientRepository.class)
                .saveAuthorizedClient(client, authentication, exchange).block();
        session.save().block();
        instance.getBean(ReactiveOidcSessionRegistry.class)
                .saveSessionInformation(new OidcSessionInformation(session.getId(), Map.of(), user)).block();
        return session.getId();
    }

    private static String logoutToken(String keycloakSession) throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(logoutTokenKey.getKeyID())
                .type(new JOSEObjectType("logout+jwt")).build(),
                new JWTClaimsSet.Builder().issuer(TestKeycloak.get().issuer()).audience(CLIENT_ID)
                        .subject(practitioner.id()).issueTime(new Date()).jwtID(UUID.randomUUID().toString())
                        .claim("sid", keycloakSession)
                        .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                        .build());
        token.sign(new RSASSASigner(logoutTokenKey));
        return token.serialize();
    }

    private static ConfigurableApplicationContext startInstance() {
        String servicesUrl = "http://127.0.0.1:" + services.getAddress().getPort();
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--patchwork.keycloak.issuer=" + TestKeycloak.get().issuer(),
                "--patchwork.keycloak.client-secret=not-used-by-these-tests",
                "--patchwork.keycloak.backchannel-url=http://127.0.0.1:" + realmKeys.getAddress().getPort(),
                "--PATCHWORK_DIRECTORY_URL=" + servicesUrl,
                "--PATCHWORK_CLIENT_NETWORK_URL=" + servicesUrl,
                "--PATCHWORK_SCHEDULE_URL=" + servicesUrl,
                "--PATCHWORK_NOTIFICATION_URL=" + servicesUrl,
                "--PATCHWORK_WEB_APP_URL=" + servicesUrl);
    }

    private static WebSessionStore store(ConfigurableApplicationContext instance) {
        return ((DefaultWebSessionManager) instance.getBean(WebSessionManager.class)).getSessionStore();
    }

    private static String url(ConfigurableApplicationContext instance) {
        return "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port");
    }

    private HttpResponse<String> send(ConfigurableApplicationContext instance, String path, String session) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(instance) + path))
                    .header("Cookie", "PATCHWORK_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every insert, update and delete on the session tables from now on is counted in {@code test_session_writes}. */
    private static void countSessionWrites() throws SQLException {
        execute("""
                CREATE TABLE IF NOT EXISTS test_session_writes (table_name TEXT NOT NULL, operation TEXT NOT NULL);
                CREATE OR REPLACE FUNCTION test_count_session_write() RETURNS trigger AS $$
                BEGIN
                    INSERT INTO test_session_writes VALUES (TG_TABLE_NAME, TG_OP);
                    RETURN NULL;
                END $$ LANGUAGE plpgsql;
                CREATE OR REPLACE TRIGGER test_count_writes AFTER INSERT OR UPDATE OR DELETE ON spring_session
                    FOR EACH ROW EXECUTE FUNCTION test_count_session_write();
                CREATE OR REPLACE TRIGGER test_count_writes AFTER INSERT OR UPDATE OR DELETE ON spring_session_attributes
                    FOR EACH ROW EXECUTE FUNCTION test_count_session_write();
                DELETE FROM test_session_writes;
                """);
    }

    private static long sessionWrites() throws SQLException {
        return count("SELECT count(*) FROM test_session_writes");
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static HttpServer server(String path, com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, handler);
        server.start();
        return server;
    }
}
