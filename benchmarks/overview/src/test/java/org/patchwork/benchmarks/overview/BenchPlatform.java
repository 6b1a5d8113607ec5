package org.patchwork.benchmarks.overview;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.patchwork.platform.test.PlatformProcess;
import org.patchwork.platform.test.TestDatabase;
import org.patchwork.platform.test.TestKafka;
import org.patchwork.platform.test.TestKeycloak;

/**
 * What the overview benchmark runs against: schedule-service, client-network-service and the gateway, each from
 * its built jar as its own process (as {@code ./patchwork up} runs them), on fresh databases seeded with the county,
 * an in-process Kafka broker and the test Keycloak; plus the signed-in practitioners. Closing it stops the processes,
 * drops the databases and deletes the practitioners; a shutdown hook does the same if the run ends otherwise.
 */
final class BenchPlatform implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Thread shutdownHook = new Thread(this::closeQuietly, "bench-platform-shutdown");
    private boolean closed;

    final CountySeed.Scale scale = CountySeed.Scale.fromSystemProperties();
    Calibration calibration;
    /** The databases' sizes once seeded: what the scale's years of history take on disk. */
    String sizes;
    Practitioners practitioners;
    PlatformProcess schedule;
    PlatformProcess clientNetwork;
    PlatformProcess gateway;

    private BenchPlatform() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static BenchPlatform start(int practitionerCount) {
        BenchPlatform platform = new BenchPlatform();
        try {
            platform.startAndSeed(practitionerCount);
            return platform;
        } catch (Exception e) {
            platform.closeQuietly();
            throw new IllegalStateException("The benchmark platform could not be prepared: " + e.getMessage(), e);
        }
    }

    private void startAndSeed(int practitionerCount) throws Exception {
        String issuer = TestKeycloak.get().issuer();
        String kafka = TestKafka.bootstrapServers();
        TestDatabase scheduleDb = database("bench_schedule");
        TestDatabase clientNetworkDb = database("bench_client_network");
        TestDatabase gatewayDb = database("bench_gateway");
        log("Timing the machine's calibration workloads before anything starts");
        calibration = Calibration.measure(scheduleDb.jdbcUrl(), scheduleDb.user(), scheduleDb.password());
        log(calibration.line());

        log("Starting schedule-service, client-network-service and the gateway");
        schedule = process(PlatformProcess.start("schedule-service",
                recorded("schedule-service", service(scheduleDb, kafka, issuer))));
        Map<String, String> clientNetworkEnvironment = recorded("client-network-service",
                service(clientNetworkDb, kafka, issuer));
        clientNetworkEnvironment.put("PATCHWORK_SCHEDULE_URL", schedule.url());
        // Every professional is in the seeded contact copy, so the directory is never asked; nothing listens here.
        clientNetworkEnvironment.put("PATCHWORK_DIRECTORY_URL", "http://127.0.0.1:9");
        clientNetwork = process(PlatformProcess.start("client-network-service", clientNetworkEnvironment));
        // Bearer calls need no browser sign-in, so any free port will do for the gateway.
        gateway = process(PlatformProcess.start("gateway", recorded("gateway", Map.of(
                "PATCHWORK_DB_URL", gatewayDb.jdbcUrl(),
                "PATCHWORK_DB_USER", gatewayDb.user(),
                "PATCHWORK_DB_PASSWORD", gatewayDb.password(),
                "PATCHWORK_ISSUER", issuer,
                "PATCHWORK_GATEWAY_CLIENT_SECRET", System.getenv().getOrDefault("PATCHWORK_GATEWAY_CLIENT_SECRET",
                        "bench-bearer-calls-only"),
                "PATCHWORK_CLIENT_NETWORK_URL", clientNetwork.url(),
                "PATCHWORK_SCHEDULE_URL", schedule.url())), freePort()));

        log("Creating " + practitionerCount + " practitioners in Keycloak while the services start");
        practitioners = Practitioners.create(practitionerCount);
        started.push(practitioners);

        schedule.awaitReady(START_TIMEOUT);
        clientNetwork.awaitReady(START_TIMEOUT);
        gateway.awaitReady(START_TIMEOUT);

        log("Seeding " + scale.describe() + " into both databases (set-based SQL, then VACUUM ANALYZE)");
        long seeding = System.nanoTime();
        Instant anchor = Instant.now();
        List<Practitioners.Practitioner> all = practitioners.all();
        CompletableFuture<Void> scheduleSeed = CompletableFuture.runAsync(() -> seed(scheduleDb,
                "bench/county-schedule.sql", all, anchor));
        CompletableFuture<Void> clientNetworkSeed = CompletableFuture.runAsync(() -> seed(clientNetworkDb,
                "bench/county-client-network.sql", all, anchor));
        try {
            CompletableFuture.allOf(scheduleSeed, clientNetworkSeed).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Seeding failed: " + e.getCause().getMessage(), e.getCause());
        }
        CountySeed.copySchedule(scheduleDb, clientNetworkDb, anchor);
        long seeded = Duration.ofNanos(System.nanoTime() - seeding).toSeconds();
        sizes = "Seeded in %d s. Database sizes, %s: schedule %s; client-network %s".formatted(seeded, scale.describe(),
                CountySeed.sizes(scheduleDb), CountySeed.sizes(clientNetworkDb));
        log(sizes);
        practitioners.assignCaseloads(CountySeed.caseloads(clientNetworkDb));
        practitioners.keepTokensFresh();
        checkAnswers();
    }

    /** Each started service's process id, by name, in the order the figures show them. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("gateway", gateway.pid());
        pids.put("client-network", clientNetwork.pid());
        pids.put("schedule", schedule.pid());
        return pids;
    }

    /** One request of each kind, so that a run on a broken platform or county stops before it measures anything. */
    private void checkAnswers() throws IOException, InterruptedException {
        Practitioners.Practitioner first = practitioners.all().getFirst();
        UUID client = first.clients().getFirst();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String url : List.of(clientNetwork.url() + "/api/me/clients", gateway.url() + "/api/me/clients",
                clientNetwork.url() + "/api/clients/" + client + "/overview",
                gateway.url() + "/api/clients/" + client + "/overview",
                clientNetwork.url() + "/api/clients/" + client + "/network")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + first.accessToken()).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // An overview with the schedule's part; a caseload with the copy of the schedule filled in.
            boolean complete = !response.body().contains("\"available\":false")
                    && (!url.endsWith("/api/me/clients") || response.body().contains("\"lastContact\":{"));
            if (response.statusCode() != 200 || !complete) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
            log("GET " + url + " -> 200, " + response.body().length() + " bytes");
        }
        log(first.clients().size() + " clients in practitioner 1's caseload");
    }

    private void seed(TestDatabase database, String script, List<Practitioners.Practitioner> all, Instant anchor) {
        try {
            CountySeed.seed(database, script, all, anchor, scale);
        } catch (Exception e) {
            throw new IllegalStateException(script + ": " + e.getMessage(), e);
        }
    }

    private PlatformProcess process(PlatformProcess process) {
        started.push(process);
        return process;
    }

    private TestDatabase database(String purpose) {
        TestDatabase database = TestDatabase.create(purpose);
        started.push(() -> drop(database));
        return database;
    }

    /**
     * With {@code -Dbench.profile=true}, the service records a Java Flight Recording (profile settings) of the whole
     * run, written to {@code target/platform-logs/<service>.jfr} when it stops: where its CPU time went. The
     * recording costs some of that time, so figures of a profiled run are not the benchmark's figures. Always: the
     * service's pauses (collections, safepoints) in {@code target/platform-logs/<service>-pauses.log}.
     */
    private static Map<String, String> recorded(String service, Map<String, String> environment) {
        Map<String, String> withRecordings = new HashMap<>(environment);
        Path logs = Path.of("target", "platform-logs").toAbsolutePath();
        // Every pause of the service's threads (collections and other safepoints), with the time of day, to set
        // beside the benchmark's timeline of response times: costs nothing measurable.
        String options = "-Xlog:gc,safepoint:file=" + logs.resolve(service + "-pauses.log") + ":time,uptime,tags";
        if (Boolean.getBoolean("bench.profile")) {
            options += " -XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + logs.resolve(service + ".jfr");
        }
        withRecordings.put("JAVA_TOOL_OPTIONS", options);
        return withRecordings;
    }

    private static Map<String, String> service(TestDatabase database, String kafka, String issuer) {
        return new HashMap<>(Map.of(
                "PATCHWORK_DB_URL", database.jdbcUrl(),
                "PATCHWORK_DB_USER", database.user(),
                "PATCHWORK_DB_PASSWORD", database.password(),
                "PATCHWORK_KAFKA_BOOTSTRAP", kafka,
                "PATCHWORK_ISSUER", issuer));
    }

    private static void drop(TestDatabase database) throws Exception {
        String url = database.jdbcUrl();
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1)
                + "postgres", database.user(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }

    @Override
    public void close() {
        closeQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    /** Stops what was started, newest first: processes, then databases and practitioners. */
    private synchronized void closeQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        while (!started.isEmpty()) {
            AutoCloseable resource = started.pop();
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("[bench] could not close " + resource + ": " + e);
            }
        }
    }
}
