package org.patchwork.deploy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.patchwork.platform.test.TestDatabase;
import org.patchwork.platform.test.TestKafka;
import org.patchwork.platform.test.TestKeycloak;

/**
 * The platform as deployed, started once per test JVM: the services, the web app and the gateway, each from its
 * built jar as its own process, on real PostgreSQL, Kafka and the test run's Keycloak. The gateway listens on
 * the port the test Keycloak's realm knows as the gateway's address ({@code PATCHWORK_TEST_GATEWAY_PORT}).
 */
final class TestPlatform {

    private static TestPlatform instance;

    final PlatformProcess directory;
    final PlatformProcess clientNetwork;
    final PlatformProcess schedule;
    final PlatformProcess webApp;
    final PlatformProcess gateway;

    private TestPlatform() throws Exception {
        String issuer = TestKeycloak.get().issuer();
        directory = PlatformProcess.start("directory-service", service("directory", issuer,
                Map.of("PATCHWORK_DEMO_DATA", "true")));
        clientNetwork = PlatformProcess.start("client-network-service", service("client_network", issuer,
                Map.of("PATCHWORK_DIRECTORY_URL", directory.url())));
        schedule = PlatformProcess.start("schedule-service", service("schedule", issuer, Map.of()));
        webApp = PlatformProcess.start("web-app", Map.of(
                "PATCHWORK_ISSUER", issuer,
                "PATCHWORK_DIRECTORY_URL", directory.url(),
                "PATCHWORK_CLIENT_NETWORK_URL", clientNetwork.url(),
                "PATCHWORK_SCHEDULE_URL", schedule.url()));
        Map<String, String> gatewayEnvironment = new HashMap<>(Map.of(
                "PATCHWORK_ISSUER", issuer,
                "PATCHWORK_GATEWAY_CLIENT_SECRET", environment("PATCHWORK_GATEWAY_CLIENT_SECRET"),
                "PATCHWORK_DIRECTORY_URL", directory.url(),
                "PATCHWORK_CLIENT_NETWORK_URL", clientNetwork.url(),
                "PATCHWORK_SCHEDULE_URL", schedule.url(),
                "PATCHWORK_WEB_APP_URL", webApp.url()));
        gateway = PlatformProcess.start("gateway", gatewayEnvironment,
                Integer.parseInt(environment("PATCHWORK_TEST_GATEWAY_PORT")));
        directory.awaitReady(Duration.ofSeconds(120));
        clientNetwork.awaitReady(Duration.ofSeconds(120));
        schedule.awaitReady(Duration.ofSeconds(120));
        webApp.awaitReady(Duration.ofSeconds(120));
        gateway.awaitReady(Duration.ofSeconds(120));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    static synchronized TestPlatform get() throws Exception {
        if (instance == null) {
            instance = new TestPlatform();
        }
        return instance;
    }

    private void stop() {
        for (PlatformProcess process : new PlatformProcess[] {gateway, webApp, schedule, clientNetwork, directory}) {
            try {
                process.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, String> service(String database, String issuer, Map<String, String> extra) {
        TestDatabase db = TestDatabase.create(database);
        Map<String, String> environment = new HashMap<>(Map.of(
                "PATCHWORK_DB_URL", db.jdbcUrl(),
                "PATCHWORK_DB_USER", db.user(),
                "PATCHWORK_DB_PASSWORD", db.password(),
                "PATCHWORK_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(),
                "PATCHWORK_ISSUER", issuer));
        environment.putAll(extra);
        return environment;
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests with ./patchwork test");
        }
        return value;
    }
}
