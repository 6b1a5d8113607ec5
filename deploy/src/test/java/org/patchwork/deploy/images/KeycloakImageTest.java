package org.patchwork.deploy.images;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keycloak's image on the PostgreSQL image keeps its state across a restart: the break-glass administrator made on
 * the first start, the realm imported then (not again) and what was changed in it since.
 */
class KeycloakImageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();

    private static Network network;
    private static GenericContainer<?> postgres;
    private static GenericContainer<?> kafka;
    private static GenericContainer<?> keycloak;

    @BeforeAll
    static void start() throws Exception {
        ShippedImages.ensure("postgres", "kafka", "keycloak");
        String databasePassword = UUID.randomUUID().toString();
        network = Network.newNetwork();
        postgres = new GenericContainer<>(ShippedImages.image("postgres:15"))
                .withNetwork(network).withNetworkAliases("postgres").withTmpFs(Map.of("/tmp", "rw"))
                .withEnv(Map.of("POSTGRES_PASSWORD", UUID.randomUUID().toString(),
                        "PATCHWORK_DATABASES", "keycloak", "PATCHWORK_DB_PASSWORD_KEYCLOAK", databasePassword))
                .withExposedPorts(5432)
                .waitingFor(Wait.forListeningPort().withStartupTimeout(Duration.ofMinutes(3)));
        kafka = new GenericContainer<>(ShippedImages.image("kafka:4.1.2"))
                .withNetwork(network).withNetworkAliases("kafka").withTmpFs(Map.of("/tmp", "rw"))
                .withEnv("KAFKA_ADVERTISED_HOST", "kafka")
                .withExposedPorts(9092)
                .waitingFor(Wait.forListeningPort().withStartupTimeout(Duration.ofMinutes(3)));
        postgres.start();
        kafka.start();
        // The realm's placeholders: the demo agencies' settings './patchwork test' exports (demo.env).
        Map<String, String> environment = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("AGENCY_")) {
                environment.put(name, value);
            }
        });
        environment.putAll(Map.of("KC_DB_URL", "jdbc:postgresql://postgres:5432/patchwork_keycloak",
                "KC_DB_USERNAME", "patchwork_keycloak",
                "KC_DB_PASSWORD", databasePassword,
                "KC_HOSTNAME", "http://127.0.0.1:8180",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "break-glass",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "PATCHWORK_GATEWAY_URL", "http://127.0.0.1:8080",
                "PATCHWORK_GATEWAY_CLIENT_SECRET", UUID.randomUUID().toString(),
                "PATCHWORK_DIRECTORY_CLIENT_SECRET", UUID.randomUUID().toString(),
                "PATCHWORK_KAFKA_BOOTSTRAP", "kafka:9092"));
        keycloak = new GenericContainer<>(ShippedImages.image("keycloak:latest"))
                .withNetwork(network).withTmpFs(Map.of("/tmp", "rw"))
                .withCreateContainerCmdModifier(command -> command.getHostConfig().withReadonlyRootfs(true))
                .withEnv(environment)
                .withExposedPorts(8180, 9000)
                .waitingFor(Wait.forHttp("/health/ready").forPort(9000).withStartupTimeout(Duration.ofMinutes(8)));
        keycloak.start();
    }

    @AfterAll
    static void stop() {
        for (GenericContainer<?> container : new GenericContainer<?>[] {keycloak, kafka, postgres}) {
            if (container != null) {
                container.stop();
            }
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void aRestartedKeycloakKeepsItsAdministratorItsRealmAndItsUsersWithoutImportingAgain() throws Exception {
        String token = adminToken();
        assertThat(token).isNotNull();
        HttpResponse<String> created = HTTP.send(admin(token, "/admin/realms/patchwork/users")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"restart-marker\",\"enabled\":true}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);

        keycloak.getDockerClient().restartContainerCmd(keycloak.getContainerId()).withTimeout(30).exec();
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(() -> HTTP.send(HttpRequest.newBuilder(url(9000, "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);

        String tokenAfterRestart = adminToken();
        HttpResponse<String> marker = HTTP.send(admin(tokenAfterRestart,
                "/admin/realms/patchwork/users?exact=true&username=restart-marker").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(marker.body()).contains("\"username\":\"restart-marker\"");
        assertThat(keycloak.getLogs()).contains("Realm 'patchwork' already exists. Import skipped");
    }

    private static String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=break-glass&password="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                url(8180, "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        return token.find() ? token.group(1) : null;
    }

    private static HttpRequest.Builder admin(String token, String path) {
        return HttpRequest.newBuilder(url(8180, path)).header("Authorization", "Bearer " + token);
    }

    private static URI url(int port, String path) {
        return URI.create("http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(port) + path);
    }
}
