package org.patchwork.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patchwork.platform.test.Prometheus;
import org.patchwork.platform.test.TestDatabase;
import org.patchwork.platform.test.TestKeycloak;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agencies' provisioning reaches the directory's SCIM endpoint through the gateway with the directory's own bearer
 * token, which the gateway passes on as it is (it cannot check it). The directory here is a stand-in that records
 * what it received.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ScimRouteTest {

    record Received(String method, String pathAndQuery, String authorization, String cookie) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static final HttpServer DIRECTORY = directory();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    static HttpServer directory() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                RECEIVED.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Cookie")));
                byte[] body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":0}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/scim+json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("patchwork.keycloak.issuer", () -> TestKeycloak.get().issuer());
        TestDatabase database = TestDatabase.get("gateway");
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("PATCHWORK_DIRECTORY_URL", () -> "http://127.0.0.1:" + DIRECTORY.getAddress().getPort());
        registry.add("management.server.port", () -> 0);
    }

    @AfterAll
    static void stop() {
        DIRECTORY.stop(0);
    }

    @Test
    void scimRequestsReachTheDirectoryWithTheirOwnBearerTokenAndNoCookies() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/scim/v2/Users?filter=userName%20eq%20%22a%40b.example%22"))
                        .header("Authorization", "Bearer pwscim_not-a-keycloak-token")
                        .header("Cookie", "PATCHWORK_SESSION=someone-elses").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"totalResults\":0");
        assertThat(RECEIVED).containsExactly(new Received("GET",
                "/scim/v2/Users?filter=userName%20eq%20%22a%40b.example%22", "Bearer pwscim_not-a-keycloak-token",
                null));
    }

    @Test
    void aPassedOnRequestIsMeasuredAndLoggedUnderItsRoutesPatternNotItsPath(CapturedOutput output) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/scim/v2/Users/2819c223-7f76-453a-919d-413861904646"))
                        .header("Authorization", "Bearer pwscim_not-a-keycloak-token").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);

        Prometheus metrics = Prometheus.scrape(managementPort);
        assertThat(metrics.has("http_server_requests_seconds_count", "uri", "/scim/v2/**", "status", "200")).isTrue();
        assertThat(metrics.has("http_server_requests_seconds_count", "uri", "UNKNOWN")).isFalse();
        assertThat(output.getOut()).contains("GET /scim/v2/** 200").doesNotContain("GET /scim/v2/Users/2819c223");
    }
}
