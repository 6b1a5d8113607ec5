package org.patchwork.deploy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.patchwork.platform.test.TestDatabase;
import org.patchwork.platform.test.TestKafka;
import org.patchwork.platform.test.TestKeycloak;

/**
 * The platform as deployed, started once per test JVM: the services, the web app and the gateway, each from its
 * built jar as its own process, on real PostgreSQL, Kafka and the test run's Keycloak, with a real SMTP server
 * (the GreenMail mail catcher, whose web API {@link #mailCatcher} answers) for the alert emails, and every part's
 * spans exported to a {@link SpanReceiver}. The gateway listens on the port the test Keycloak's realm
 * knows as the gateway's address ({@code PATCHWORK_TEST_GATEWAY_PORT}).
 */
final class TestPlatform {

    /** Plain HTTP at 127.0.0.1, as './patchwork up' runs it: cookies without Secure, no HSTS. */
    static final String LOCAL_DEMO = "local-demo";

    /** Every part exports its spans to the journeys' {@link SpanReceiver}, as it would to a council's collector. */
    private static final String OTLP_ENDPOINT = "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT";

    private static TestPlatform instance;
    private static Throwable startFailure;

    final PlatformProcess mailCatcher;
    final PlatformProcess directory;
    final PlatformProcess schedule;
    final PlatformProcess clientNetwork;
    final PlatformProcess notification;
    final PlatformProcess webApp;
    final PlatformProcess gateway;

    private TestPlatform() throws Exception {
        String issuer = TestKeycloak.get().issuer();
        String spans = SpanReceiver.get().endpoint();
        int gatewayPort = Integer.parseInt(environment("PATCHWORK_TEST_GATEWAY_PORT"));
        String gatewayUrl = "http://127.0.0.1:" + gatewayPort;
        int smtpPort = PlatformProcess.freePort();
        int mailApiPort = PlatformProcess.freePort();
        mailCatcher = PlatformProcess.startTool("mail-catcher", "greenmail-standalone.jar", List.of("-Xmx128m",
                "-XX:+UseSerialGC", "-Dgreenmail.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort, "-Dgreenmail.auth.disabled",
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + mailApiPort),
                mailApiPort, "/api/service/readiness");
        directory = PlatformProcess.start("directory-service", service("directory", issuer, spans,
                Map.of("PATCHWORK_DEMO_DATA", "true")));
        schedule = PlatformProcess.start("schedule-service", service("schedule", issuer, spans,
                Map.of("PATCHWORK_PUBLIC_URL", gatewayUrl)));
        clientNetwork = PlatformProcess.start("client-network-service", service("client_network", issuer, spans,
                Map.of("PATCHWORK_DIRECTORY_URL", directory.url(), "PATCHWORK_SCHEDULE_URL", schedule.url())));
        notification = PlatformProcess.start("notification-service", service("notification", issuer, spans, Map.of(
                "PATCHWORK_SMTP_HOST", "127.0.0.1",
                "PATCHWORK_SMTP_PORT", String.valueOf(smtpPort),
                "PATCHWORK_SMS_PROVIDER", "none",
                "PATCHWORK_BASE_URL", gatewayUrl)));
        webApp = PlatformProcess.start("web-app", Map.of(
                "SPRING_PROFILES_ACTIVE", LOCAL_DEMO,
                OTLP_ENDPOINT, spans,
                "PATCHWORK_ISSUER", issuer,
                "PATCHWORK_DIRECTORY_URL", directory.url(),
                "PATCHWORK_CLIENT_NETWORK_URL", clientNetwork.url(),
                "PATCHWORK_SCHEDULE_URL", schedule.url(),
                "PATCHWORK_NOTIFICATION_URL", notification.url()));
        Map<String, String> gatewayEnvironment = new HashMap<>(Map.of(
                "PATCHWORK_ISSUER", issuer,
                "PATCHWORK_GATEWAY_CLIENT_SECRET", environment("PATCHWORK_GATEWAY_CLIENT_SECRET"),
                "PATCHWORK_DIRECTORY_URL", directory.url(),
                "PATCHWORK_CLIENT_NETWORK_URL", clientNetwork.url(),
                "PATCHWORK_SCHEDULE_URL", schedule.url(),
                "PATCHWORK_NOTIFICATION_URL", notification.url(),
                "PATCHWORK_WEB_APP_URL", webApp.url(),
                "SPRING_PROFILES_ACTIVE", LOCAL_DEMO));
        gatewayEnvironment.put(OTLP_ENDPOINT, spans);
        gatewayEnvironment.putAll(database("gateway"));
        gateway = PlatformProcess.start("gateway", gatewayEnvironment, gatewayPort);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        try {
            for (PlatformProcess process : all()) {
                process.awaitReady(Duration.ofSeconds(240));
            }
        } catch (Exception notReady) {
            stop();
            throw notReady;
        }
    }

    /**
     * The platform, started on first use. If it cannot start, every journey of the JVM fails with that cause
     * rather than starting it again over the logs of the first attempt.
     */
    static synchronized TestPlatform get() throws Exception {
        if (startFailure != null) {
            throw new IllegalStateException("The platform did not start", startFailure);
        }
        if (instance == null) {
            try {
                instance = new TestPlatform();
            } catch (Exception | Error failed) {
                startFailure = failed;
                throw failed;
            }
        }
        return instance;
    }

    private List<PlatformProcess> all() {
        return List.of(mailCatcher, directory, schedule, clientNetwork, notification, webApp, gateway);
    }

    private void stop() {
        for (PlatformProcess process : all().reversed()) {
            try {
                process.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, String> service(String database, String issuer, String spans,
                                               Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(database(database));
        environment.put(OTLP_ENDPOINT, spans);
        environment.put("PATCHWORK_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers());
        environment.put("PATCHWORK_ISSUER", issuer);
        environment.putAll(extra);
        return environment;
    }

    /** A fresh database of the part's own, as the part's settings name it. */
    static Map<String, String> database(String purpose) {
        TestDatabase db = TestDatabase.create(purpose);
        return Map.of("PATCHWORK_DB_URL", db.jdbcUrl(), "PATCHWORK_DB_USER", db.user(),
                "PATCHWORK_DB_PASSWORD", db.password());
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests with ./patchwork test");
        }
        return value;
    }
}
