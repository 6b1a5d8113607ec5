package org.patchwork.deploy.localrun;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.patchwork.deploy.Browser;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's first command, as a newcomer runs it: {@code ./patchwork up} on ports of its own and a state folder
 * of its own, then {@code ./patchwork restart} and {@code ./patchwork down}. It runs in a test JVM of its own
 * (see the deploy module's pom), after the platform journeys have stopped theirs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalRunTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> PORT_VARIABLES = List.of("PATCHWORK_GATEWAY_PORT", "PATCHWORK_DIRECTORY_PORT",
            "PATCHWORK_CLIENT_NETWORK_PORT", "PATCHWORK_SCHEDULE_PORT", "PATCHWORK_NOTIFICATION_PORT",
            "PATCHWORK_WEB_APP_PORT", "PATCHWORK_KEYCLOAK_PORT", "PATCHWORK_KEYCLOAK_MANAGEMENT_PORT",
            "PATCHWORK_KAFKA_PORT", "PATCHWORK_KAFKA_CONTROLLER_PORT", "PATCHWORK_MAIL_SMTP_PORT",
            "PATCHWORK_MAIL_IMAP_PORT", "PATCHWORK_MAIL_API_PORT", "PATCHWORK_NOTIFY_STUB_PORT",
            "PATCHWORK_GATEWAY_MANAGEMENT_PORT", "PATCHWORK_DIRECTORY_MANAGEMENT_PORT",
            "PATCHWORK_CLIENT_NETWORK_MANAGEMENT_PORT", "PATCHWORK_SCHEDULE_MANAGEMENT_PORT",
            "PATCHWORK_NOTIFICATION_MANAGEMENT_PORT", "PATCHWORK_WEB_APP_MANAGEMENT_PORT",
            "PATCHWORK_PROMETHEUS_PORT");
    private static final Pattern LISTENING = Pattern.compile("^\\s+(\\S+)\\s+healthy \\(pid \\d+\\), listening on (.*)$",
            Pattern.MULTILINE);

    private static final Map<String, String> environment = new HashMap<>();
    private static final RestClient http = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
    private static Path state;

    @BeforeAll
    static void portsAndStateOfItsOwn() throws IOException {
        state = Files.createDirectories(Path.of("target", "local-run", "state")).toAbsolutePath();
        environment.put("PATCHWORK_STATE", state.toString());
        // Its own databases and roles, which a test run starting meanwhile in another tree leaves alone.
        environment.put("PATCHWORK_DB_PREFIX", "pwlocalrun_" + ProcessHandle.current().pid());
        for (String variable : PORT_VARIABLES) {
            environment.put(variable, String.valueOf(freePort()));
        }
    }

    @AfterAll
    static void down() throws Exception {
        run(Duration.ofMinutes(3), "down");
    }

    @Test
    @Order(1)
    void upWithAPortTakenNamesThePartAndItsVariableAndStartsNothing() throws Exception {
        int schedulePort = Integer.parseInt(environment.get("PATCHWORK_SCHEDULE_PORT"));
        try (ServerSocket taken = new ServerSocket(schedulePort, 1, InetAddress.getLoopbackAddress())) {
            Result up = run(Duration.ofMinutes(5), "up");

            assertThat(up.status()).as(up.output()).isNotZero();
            assertThat(up.output()).contains("port " + schedulePort + " of schedule-service is already in use")
                    .contains("set PATCHWORK_SCHEDULE_PORT to move it").contains("Nothing was started");
        }
        Result status = run(Duration.ofMinutes(1), "status");
        assertThat(status.output()).doesNotContain("healthy (pid").doesNotContain("STARTING");
    }

    @Test
    @Order(2)
    void upStartsEveryPartOnLoopbackOnly() throws Exception {
        Result up = run(Duration.ofMinutes(9), "up");
        assertThat(up.status()).as(up.output()).isZero();
        assertThat(up.output()).contains("Patchwork is running", "http://127.0.0.1:" + environment.get("PATCHWORK_GATEWAY_PORT"))
                .contains("secrets/keycloak-admin-password").doesNotContain("(admin / admin");

        Result status = run(Duration.ofMinutes(1), "status");
        assertThat(status.status()).as(status.output()).isZero();
        Matcher parts = LISTENING.matcher(status.output());
        List<String> seen = new ArrayList<>();
        while (parts.find()) {
            seen.add(parts.group(1));
            for (String address : parts.group(2).trim().split(" ")) {
                assertThat(address).as("%s listens on %s", parts.group(1), address)
                        .matches("(127\\.0\\.0\\.1|\\[::ffff:127\\.0\\.0\\.1]|\\[::1]):\\d+");
            }
        }
        assertThat(seen).contains("kafka", "mail-catcher", "notify-stub", "keycloak", "directory-service",
                "client-network-service", "schedule-service", "notification-service", "web-app", "gateway", "prometheus");
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryPartsManagementPortWithTheAlertRulesLoaded() {
        String prometheus = "http://127.0.0.1:" + environment.get("PATCHWORK_PROMETHEUS_PORT");
        // A traced request to each part first: its metrics then carry exemplars (trace ids), which a Prometheus
        // older than 2.43 (Debian's) refuses on a summary's or histogram's _count, failing the whole scrape.
        for (String part : List.of("GATEWAY", "DIRECTORY", "CLIENT_NETWORK", "SCHEDULE", "NOTIFICATION", "WEB_APP")) {
            http.get().uri("http://127.0.0.1:" + environment.get("PATCHWORK_" + part + "_PORT") + "/api/clients")
                    .retrieve().toBodilessEntity();
        }
        // Only scrapes made after them count.
        double requestsSent = System.currentTimeMillis() / 1000.0;

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            Map<String, Object> up = http.get().uri(prometheus + "/api/v1/query?query={query}",
                            String.format(Locale.ROOT, "up{job=\"patchwork\"} and on(part) "
                                    + "timestamp(up{job=\"patchwork\"}) > %.3f", requestsSent))
                    .retrieve().body(Map.class);
            List<Map<String, Object>> results = (List<Map<String, Object>>) ((Map<String, Object>) up.get("data"))
                    .get("result");
            assertThat(results).extracting(result -> ((Map<String, String>) result.get("metric")).get("part"))
                    .containsExactlyInAnyOrder("directory-service", "client-network-service", "schedule-service",
                            "notification-service", "web-app", "gateway");
            assertThat(results).allSatisfy(result -> assertThat(((List<Object>) result.get("value")).get(1))
                    .isEqualTo("1"));
        });
        Map<String, Object> rules = http.get().uri(prometheus + "/api/v1/rules").retrieve().body(Map.class);
        assertThat(rules.toString()).contains("OutboxBacklogOld", "DeadAlerts", "PartDown");
    }

    @Test
    @Order(4)
    void theLocalNotifyStubAnswersALookUpByReferenceAsNotifyDoes() {
        String notify = "http://127.0.0.1:" + environment.get("PATCHWORK_NOTIFY_STUB_PORT");
        String reference = UUID.randomUUID().toString();
        ResponseEntity<Map> sent = http.post().uri(notify + "/v2/notifications/sms")
                .header(HttpHeaders.AUTHORIZATION, "Bearer local").body(Map.of("phone_number", "07700900123",
                        "template_id", UUID.randomUUID().toString(), "reference", reference,
                        "personalisation", Map.of("message", "A visit was arranged")))
                .retrieve().toEntity(Map.class);
        assertThat(sent.getStatusCode().value()).isEqualTo(201);

        ResponseEntity<Map> found = http.get().uri(notify + "/v2/notifications?reference={reference}", reference)
                .header(HttpHeaders.AUTHORIZATION, "Bearer local").retrieve().toEntity(Map.class);
        ResponseEntity<Map> unknown = http.get().uri(notify + "/v2/notifications?reference={reference}",
                UUID.randomUUID().toString()).header(HttpHeaders.AUTHORIZATION, "Bearer local")
                .retrieve().toEntity(Map.class);

        assertThat((List<Map<String, Object>>) found.getBody().get("notifications")).singleElement()
                .satisfies(held -> assertThat(held).containsEntry("id", sent.getBody().get("id"))
                        .containsEntry("reference", reference).containsEntry("type", "sms"));
        assertThat((List<?>) unknown.getBody().get("notifications")).isEmpty();
    }

    @Test
    @Order(5)
    void restartingTheScheduleServiceKeepsTheGatewayAnsweringOverviews() throws Exception {
        String gateway = "http://127.0.0.1:" + environment.get("PATCHWORK_GATEWAY_PORT");
        TestKeycloak keycloak = TestKeycloak.at("http://127.0.0.1:" + environment.get("PATCHWORK_KEYCLOAK_PORT"), "admin",
                Files.readString(state.resolve("secrets").resolve("keycloak-admin-password")).trim());
        TestUser practitioner = keycloak.createUser("staffs-fire", "Sample", "Officer", "practitioner");
        String overview = gateway + "/api/clients/" + registerClient(gateway, practitioner) + "/overview";
        assertThat(http.get().uri(overview).header(HttpHeaders.AUTHORIZATION, practitioner.bearer()).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(200);

        List<Integer> statuses = new CopyOnWriteArrayList<>();
        List<Boolean> scheduleAvailable = new CopyOnWriteArrayList<>();
        AtomicBoolean restarting = new AtomicBoolean(true);
        Thread reader = Thread.ofPlatform().start(() -> {
            while (restarting.get()) {
                ResponseEntity<Map> answer = http.get().uri(overview)
                        .header(HttpHeaders.AUTHORIZATION, practitioner.bearer()).retrieve().toEntity(Map.class);
                statuses.add(answer.getStatusCode().value());
                if (answer.getBody() != null && answer.getBody().get("schedule") instanceof Map<?, ?> schedule) {
                    scheduleAvailable.add(Boolean.TRUE.equals(schedule.get("available")));
                }
            }
        });
        Result restart;
        try {
            restart = run(Duration.ofMinutes(5), "restart", "schedule-service");
        } finally {
            restarting.set(false);
            reader.join();
        }

        assertThat(restart.status()).as(restart.output()).isZero();
        assertThat(restart.output()).contains("stopped schedule-service", "schedule-service restarted and healthy");
        assertThat(statuses).as("answers through the gateway while schedule-service restarted").isNotEmpty()
                .allMatch(status -> status == 200);
        assertThat(scheduleAvailable).as("the overview said the schedule was unavailable while it was down")
                .contains(false);
        // Once client-network's circuit breaker lets a call through again, the schedule's part is back.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            ResponseEntity<Map> after = http.get().uri(overview)
                    .header(HttpHeaders.AUTHORIZATION, practitioner.bearer()).retrieve().toEntity(Map.class);
            assertThat(((Map<?, ?>) after.getBody().get("schedule")).get("available")).isEqualTo(true);
        });
    }

    /**
     * docs/operations/backup-restore.md, command by command: client-network's database dumped; a professional who signs
     * in afterwards reaches its copy of the directory; the dump restored over it (the copy as of the dump again); the
     * service's consumer group moved back to the dump's time; on restart the replay brings the copy back.
     */
    @Test
    @Order(6)
    void aRestoredDatabaseGetsItsEventCopiesBackByTheRunbooksReplay() throws Exception {
        String database = environment.get("PATCHWORK_DB_PREFIX") + "_client_network";
        String pgPort = environment.getOrDefault("PATCHWORK_PG_PORT", System.getenv().getOrDefault("PATCHWORK_PG_PORT", "5432"));
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database;
        Map<String, String> asService = Map.of("PGPASSWORD", database);
        Path dump = state.resolve("client_network.dump");
        Files.deleteIfExists(dump);

        // Backup (the service keeps running).
        Instant dumped = Instant.now();
        command(asService, "pg_dump", "-h", "127.0.0.1", "-p", pgPort, "-U", database, "-Fc", "-f", dump.toString(),
                database);

        // After it: a professional signs in; client-network learns of them from the directory's events.
        String gateway = "http://127.0.0.1:" + environment.get("PATCHWORK_GATEWAY_PORT");
        TestKeycloak keycloak = TestKeycloak.at("http://127.0.0.1:" + environment.get("PATCHWORK_KEYCLOAK_PORT"), "admin",
                Files.readString(state.resolve("secrets").resolve("keycloak-admin-password")).trim());
        TestUser afterBackup = keycloak.createUser("lichfield-dc", "Sample", "Afterbackup", "practitioner");
        ResponseEntity<Map> me = http.get().uri(gateway + "/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, afterBackup.bearer()).retrieve().toEntity(Map.class);
        assertThat(me.getStatusCode().value()).as("%s", me.getBody()).isEqualTo(200);
        UUID professional = UUID.fromString((String) me.getBody().get("id"));
        await().atMost(Duration.ofMinutes(2)).until(() -> copied(jdbcUrl, database, professional));

        // Restore: the service stopped, the dump swapped in.
        Result stopped = run(Duration.ofMinutes(2), "stop", "client-network-service");
        assertThat(stopped.status()).as(stopped.output()).isZero();
        asPostgres("psql", "-v", "ON_ERROR_STOP=1", "-p", pgPort, "-c", "DROP DATABASE IF EXISTS " + database + "_broken");
        asPostgres("psql", "-v", "ON_ERROR_STOP=1", "-p", pgPort, "-c",
                "ALTER DATABASE " + database + " RENAME TO " + database + "_broken");
        asPostgres("psql", "-v", "ON_ERROR_STOP=1", "-p", pgPort, "-c",
                "CREATE DATABASE " + database + " OWNER " + database);
        command(asService, "pg_restore", "-h", "127.0.0.1", "-p", pgPort, "-U", database, "-d", database, "--no-owner",
                dump.toString());
        assertThat(copied(jdbcUrl, database, professional)).as("the restored copy is as of the dump").isFalse();

        // Replay: the consumer group back to the dump's time (minus a minute), then the service started again.
        String kafkaLibraries = ROOT.resolve("deploy/target/kafka/libs").toString() + "/*";
        command(Map.of(), ProcessHandle.current().info().command().orElse("java"), "-cp", kafkaLibraries,
                "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand",
                "--bootstrap-server", "127.0.0.1:" + environment.get("PATCHWORK_KAFKA_PORT"),
                "--group", "client-network-service", "--reset-offsets", "--to-datetime",
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC)
                        .format(dumped.minus(Duration.ofMinutes(1))),
                "--all-topics", "--execute");
        Result restarted = run(Duration.ofMinutes(5), "restart", "client-network-service");
        assertThat(restarted.status()).as(restarted.output()).isZero();

        await().atMost(Duration.ofMinutes(2)).until(() -> copied(jdbcUrl, database, professional));
        asPostgres("psql", "-v", "ON_ERROR_STOP=1", "-p", pgPort, "-c", "DROP DATABASE " + database + "_broken");
    }

    /**
     * docs/operations/rotate-secrets.md, its commands run as written (Keycloak's admin CLI from the local run's
     * Keycloak, signed in as the runbook says): the gateway's client secret made anew in Keycloak refuses the running
     * gateway's sign-ins until the gateway is restarted with it; an agency's new broker secret is refused until the
     * runbook's one command gives it to Keycloak, and then signs in with no restart.
     */
    @Test
    @Order(7)
    void secretsRotateAsTheRunbookSays() throws Exception {
        String gateway = "http://127.0.0.1:" + environment.get("PATCHWORK_GATEWAY_PORT");
        Map<String, String> blocks = runbookBlocks(ROOT.resolve("docs/operations/rotate-secrets.md"));

        // The gateway's client secret: step 1 in Keycloak.
        String made = kcadm(blocks.get("") + "\n" + blocks.get("The gateway's client secret"));
        Matcher value = Pattern.compile("\"value\" : \"([^\"]+)\"").matcher(made);
        assertThat(value.find()).as(made).isTrue();
        String newSecret = value.group(1);
        try (Browser refused = new Browser()) {
            startSignIn(refused, gateway, "lichfield-dc");
            refused.signInAtAgency("lichfield-dc", "practitioner", gateway);
            refused.waitForUrlContaining("/sign-in?error");
        }
        // Step 2: the gateway's secret store (locally the state folder), then the gateway restarted.
        Files.writeString(state.resolve("secrets").resolve("gateway-client-secret"), newSecret + "\n");
        Result restarted = run(Duration.ofMinutes(5), "restart", "gateway");
        assertThat(restarted.status()).as(restarted.output()).isZero();
        try (Browser signedIn = new Browser()) {
            startSignIn(signedIn, gateway, "lichfield-dc");
            signedIn.signInAtAgency("lichfield-dc", "practitioner", gateway);
            signedIn.waitFor(By.id("signed-in-as"));
        }

        // An OIDC agency's broker secret: the agency issues a new one in its own IdP (here the demo realm)...
        String issued = kcadm(blocks.get("") + "\n"
                + "ID=$(kcadm.sh get clients -r demo-lichfield-dc -q clientId=patchwork-broker --fields id --format csv --noquotes)\n"
                + "kcadm.sh create clients/$ID/client-secret -r demo-lichfield-dc\n"
                + "kcadm.sh get clients/$ID/client-secret -r demo-lichfield-dc\n");
        Matcher agencySecret = Pattern.compile("\"value\" : \"([^\"]+)\"").matcher(issued);
        assertThat(agencySecret.find()).as(issued).isTrue();
        try (Browser refused = new Browser()) {
            startSignIn(refused, gateway, "lichfield-dc");
            refused.signInAtAgency("lichfield-dc", "practitioner", "/realms/patchwork/");
            // Keycloak's error page (or its sign-in page with the error), not the gateway.
            refused.waitFor(By.cssSelector("#kc-error-message, [class*='c-alert']"));
        }
        // ...and the runbook's command gives it to Keycloak: the next sign-in works, nothing restarted.
        String agencyBlock = blocks.get("An agency's identity provider");
        String oidcCommand = agencyBlock.lines().filter(line -> line.contains("config.clientSecret=")).findFirst()
                .orElseThrow(() -> new AssertionError("no OIDC secret command in the runbook:\n" + agencyBlock));
        kcadm(blocks.get("") + "\n" + oidcCommand.replace("<alias>", "lichfield-dc")
                .replace("<new secret>", agencySecret.group(1)));
        try (Browser signedIn = new Browser()) {
            startSignIn(signedIn, gateway, "lichfield-dc");
            signedIn.signInAtAgency("lichfield-dc", "practitioner", gateway);
            signedIn.waitFor(By.id("signed-in-as"));
        }
    }

    private static void startSignIn(Browser browser, String gateway, String agency) {
        browser.open(gateway + "/sign-in");
        browser.waitFor(By.cssSelector("a[data-agency='" + agency + "']")).click();
    }

    /**
     * The bash blocks of a runbook by section ({@code ""} before the first {@code ##} heading), each section's blocks
     * joined, with the local run's Keycloak port and state folder in place of the runbook's defaults.
     */
    private static Map<String, String> runbookBlocks(Path runbook) throws IOException {
        Map<String, String> blocks = new HashMap<>();
        String section = "";
        StringBuilder block = null;
        for (String line : Files.readAllLines(runbook)) {
            if (block == null && line.startsWith("## ")) {
                section = line.substring(3).trim();
            } else if (block == null && line.trim().equals("```bash")) {
                block = new StringBuilder();
            } else if (block != null && line.trim().equals("```")) {
                blocks.merge(section, block.toString(), String::concat);
                block = null;
            } else if (block != null) {
                block.append(line.strip()).append('\n');
            }
        }
        blocks.replaceAll((name, commands) -> commands
                .replace("http://127.0.0.1:8180", "http://127.0.0.1:" + environment.get("PATCHWORK_KEYCLOAK_PORT"))
                .replace(".patchwork/secrets/", state.resolve("secrets") + "/"));
        return blocks;
    }

    /** Commands run by bash with the local run's Keycloak admin CLI on the path and its settings in the state folder. */
    private static String kcadm(String commands) throws Exception {
        Path keycloak;
        try (var homes = Files.list(state)) {
            keycloak = homes.filter(path -> path.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Keycloak in " + state));
        }
        Path home = Files.createDirectories(state.resolve("kcadm-home"));
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + commands)
                .directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", keycloak.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("JAVA_HOME", Path.of(ProcessHandle.current().info().command().orElseThrow())
                .getParent().getParent().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s%n%s", commands, output).isZero();
        return output;
    }

    private static boolean copied(String jdbcUrl, String database, UUID professional) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, database, database);
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM professional_contact WHERE id = ?")) {
            query.setObject(1, professional);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1) == 1;
            }
        }
    }

    /** PostgreSQL's superuser, as the runbook's {@code sudo -u postgres} (runuser when the tests run as root). */
    private static void asPostgres(String... command) throws Exception {
        List<String> full = new ArrayList<>(ProcessHandle.current().info().user().orElse("").equals("root")
                ? List.of("runuser", "-u", "postgres", "--") : List.of("sudo", "-u", "postgres"));
        full.addAll(List.of(command));
        command(Map.of(), full.toArray(String[]::new));
    }

    private static void command(Map<String, String> extraEnvironment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(extraEnvironment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s:%n%s", String.join(" ", command), output).isZero();
    }

    private static String registerClient(String gateway, TestUser practitioner) {
        ResponseEntity<Map> me = http.get().uri(gateway + "/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, practitioner.bearer()).retrieve().toEntity(Map.class);
        assertThat(me.getStatusCode().value()).as("%s", me.getBody()).isEqualTo(200);
        Map<String, Object> client = Map.of(
                "client", Map.of("givenName", "Robin", "familyName", "Localrun" + randomLetters(), "dateOfBirth",
                        LocalDate.of(2016, 3, 4).toString(), "address", "1 Example Row, Lichfield", "postcode", "WS13 6YY"),
                "basis", Map.of("legalBasis", "CONSENT", "reason", "Supporting the family after a referral"));
        ResponseEntity<Map> created = http.post().uri(gateway + "/api/clients")
                .header(HttpHeaders.AUTHORIZATION, practitioner.bearer()).body(client).retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    private static String randomLetters() {
        java.util.Random random = new java.util.Random();
        return random.ints(8, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private record Result(int status, String output) {
    }

    private static Result run(Duration limit, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("patchwork").toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(state, "patchwork-" + arguments[0], ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw new IllegalStateException("./patchwork " + String.join(" ", arguments) + " took over " + limit
                    + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    /**
     * A free port below the kernel's ephemeral range (32768 and up): a port the kernel hands out may be taken by an
     * outgoing connection (a Maven download, a database connection) during the minutes before {@code up} binds it.
     */
    private static int freePort() throws IOException {
        while (nextPort < 32_000) {
            int port = nextPort++;
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // listened on by something else: the next one
            }
        }
        throw new IOException("No free port between 21000 and 32000");
    }

    private static int nextPort = 21_000 + new java.util.Random().nextInt(10_000);
}
