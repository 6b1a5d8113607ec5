package org.patchwork.deploy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.patchwork.platform.test.PlatformProcess;
import org.patchwork.platform.test.TestDatabase;
import org.patchwork.platform.test.TestKafka;
import org.patchwork.platform.test.TestKeycloak;

/**
 * The platform as deployed, started once per test JVM: the services, the web app and the gateway, each from its
 * built jar as its own process, on real PostgreSQL, Kafka and the test run's Keycloak, with a real SMTP server
 * (the GreenMail mail catcher, whose web API {@link #mailCatcher} answers) for the alert emails, and every part's
 * spans exported to a {@link SpanReceiver}. The gateway is reached, as in a deployment, through a load balancer
 * ({@link #gatewayUrl()}) on the port the test Keycloak's realm knows as the gateway's address
 * ({@code PATCHWORK_TEST_GATEWAY_PORT}); the multi-instance journey puts a second gateway behind it, and starts
 * second instances of other parts on their first's database ({@link #startAnother}).
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
    /** The first gateway instance, behind {@link #balancer}. */
    final PlatformProcess gateway;
    final LoadBalancer balancer;
    private final Map<PlatformProcess, Map<String, String>> environments = new HashMap<>();
    private final List<PlatformProcess> others = new java.util.concurrent.CopyOnWriteArrayList<>();

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
                Map.of("PATCHWORK_DEMO_DATA", "true", "PATCHWORK_KEYCLOAK_URL", TestKeycloak.get().url(),
                        "PATCHWORK_DIRECTORY_CLIENT_SECRET", environment("PATCHWORK_DIRECTORY_CLIENT_SECRET"))));
        schedule = PlatformProcess.start("schedule-service", service("schedule", issuer, spans,
                Map.of("PATCHWORK_PUBLIC_URL", gatewayUrl)));
        notification = started("notification-service", service("notification", issuer, spans, Map.of(
                "PATCHWORK_SMTP_HOST", "127.0.0.1",
                "PATCHWORK_SMTP_PORT", String.valueOf(smtpPort),
                "PATCHWORK_SMS_PROVIDER", "none",
                "PATCHWORK_BASE_URL", gatewayUrl)));
        // A daily look-up cap and an invitation-expiry occurrence that the multi-instance journey can reach in
        // minutes; the other journeys neither look up 15 clients as one professional nor keep invitations 14 days.
        clientNetwork = started("client-network-service", service("client_network", issuer, spans, Map.of(
                "PATCHWORK_DIRECTORY_URL", directory.url(), "PATCHWORK_SCHEDULE_URL", schedule.url(),
                "PATCHWORK_NOTIFICATION_URL", notification.url(),
                "PATCHWORK_NETWORK_LOOKUPSPERDAY", String.valueOf(LOOKUPS_PER_DAY),
                "PATCHWORK_NETWORK_INVITATIONEXPIRYCRON", INVITATION_EXPIRY_CRON)));
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
        gateway = started("gateway", gatewayEnvironment);
        balancer = new LoadBalancer(gatewayPort, URI.create(gateway.url()));
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

    /** A professional's look-ups a day (client-network's {@code lookups-per-day}, 100 by default). */
    static final int LOOKUPS_PER_DAY = 15;
    /** Every two minutes, on the clock: each occurrence comes after the lock of the last is released (one minute). */
    static final String INVITATION_EXPIRY_CRON = "0 */2 * * * *";

    /** Where browsers and API callers reach Patchwork: the load balancer in front of the gateways. */
    String gatewayUrl() {
        return balancer.url();
    }

    /**
     * Starts another instance of {@code first}'s part, with the same settings and so on the same database (with a
     * smaller connection pool: the run's one PostgreSQL server holds every part's), logging to {@code <name>.log}.
     * It is stopped with the platform.
     */
    PlatformProcess startAnother(PlatformProcess first, String module, String name) throws Exception {
        Map<String, String> environment = new HashMap<>(environments.get(first));
        environment.put("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", "4");
        PlatformProcess another = PlatformProcess.start(module, name, environment, PlatformProcess.freePort());
        others.add(another);
        return another;
    }

    /** The database settings {@code part} runs on. */
    Map<String, String> databaseOf(PlatformProcess part) {
        Map<String, String> environment = environments.get(part);
        return Map.of("url", environment.get("PATCHWORK_DB_URL"), "user", environment.get("PATCHWORK_DB_USER"),
                "password", environment.get("PATCHWORK_DB_PASSWORD"));
    }

    private PlatformProcess started(String module, Map<String, String> environment) throws Exception {
        PlatformProcess process = PlatformProcess.start(module, environment);
        environments.put(process, environment);
        return process;
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
        balancer.close();
        List<PlatformProcess> processes = new java.util.ArrayList<>(others.reversed());
        processes.addAll(all().reversed());
        for (PlatformProcess process : processes) {
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
