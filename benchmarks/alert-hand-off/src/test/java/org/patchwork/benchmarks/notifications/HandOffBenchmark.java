package org.patchwork.benchmarks.notifications;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.management.OperatingSystemMXBean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.patchwork.notification.NotificationApplication;
import org.patchwork.platform.test.TestDatabase;
import org.patchwork.platform.test.TestEvents;
import org.patchwork.platform.test.TestKafka;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * How long an alert takes from the event to its provider, at a sustained rate. Starts the notification service in
 * this JVM on a fresh database (real PostgreSQL, an in-process Kafka broker), with a real SMTP server (GreenMail)
 * for email and WireMock as GOV.UK Notify for SMS; makes professionals and client networks known the real way,
 * through the directory's and the client network service's events; then publishes attentions and visit events as
 * CloudEvents at a fixed rate (a warm-up, then the measured run) and times every alert from its event's
 * {@code occurredAt} to its arrival at the provider (GreenMail storing the email, WireMock logging the SMS request).
 * Checks that each expected alert arrived exactly once. Not a test: run it with the command in
 * notification-service/README.md.
 */
public final class HandOffBenchmark {

    private static final String SMS_PATH = "/v2/notifications/sms";
    private static final String LIST_PATH = "/v2/notifications";
    private static final String NOTIFICATION_ID_HEADER = "X-Patchwork-Notification-Id";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] INITIALS = {"A.B.", "C.D.", "E.F.", "G.H.", "J.K.", "L.M.", "N.P.", "R.S."};

    private final Random random = new Random(42);
    private final int rate;
    private final Duration warmUp;
    private final Duration measured;
    private final int professionalCount;
    private final int clientCount;

    private final List<UUID> professionals = new ArrayList<>();
    private final List<Client> clients = new ArrayList<>();
    private final List<PublishedEvent> published = new ArrayList<>();

    private HandOffBenchmark(int rate, Duration warmUp, Duration measured, int professionalCount, int clientCount) {
        this.rate = rate;
        this.warmUp = warmUp;
        this.measured = measured;
        this.professionalCount = professionalCount;
        this.clientCount = clientCount;
    }

    public static void main(String[] args) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        int status = 0;
        try {
            new HandOffBenchmark(Integer.getInteger("bench.rate", 50),
                    Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 60)),
                    Duration.ofSeconds(Long.getLong("bench.seconds", 120)),
                    Integer.getInteger("bench.professionals", 400),
                    Integer.getInteger("bench.clients", 1_000)).run();
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // The in-process Kafka broker's threads would keep the JVM (and exec:java) waiting.
        System.exit(status);
    }

    private void run() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        WireMockServer notify = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        notify.start();
        notify.stubFor(post(urlEqualTo(SMS_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"%s","reference":null,"content":{"body":"text","from_number":"Patchwork"},
                         "uri":"https://api.example/v2/notifications/1",
                         "template":{"id":"%s","version":1,"uri":"https://api.example/v2/template/1"}}"""
                        .formatted(UUID.randomUUID(), UUID.randomUUID()))));
        // When a send's outcome is unknown (a timeout on a busy machine), the service asks Notify what it holds by
        // reference before sending again: nothing, here. A message that had in fact arrived then arrives twice,
        // and the report counts it as a duplicate.
        notify.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"notifications":[],"links":{"current":"https://api.example/v2/notifications","next":null}}""")));
        TestDatabase database = TestDatabase.get("notification-bench");
        // Three partitions per topic, as the platform's broker creates them.
        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            kafka.createTopics(Stream.of("directory.professionals", "network.clients", "network.attentions",
                    "schedule.visits").map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
        }
        ConfigurableApplicationContext context = null;
        try {
            // The API is not called, so no token is needed: the issuer only has to be configured.
            String keycloak = System.getProperty("PATCHWORK_TEST_KEYCLOAK_URL",
                    System.getenv().getOrDefault("PATCHWORK_TEST_KEYCLOAK_URL", "http://127.0.0.1:18180"));
            // As command-line arguments, so that they override application.yml (default properties would not).
            // The dispatcher runs with its production defaults.
            String[] settings = {
                    "--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password(),
                    "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                    "--patchwork.security.issuer=" + keycloak + "/realms/patchwork",
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtp.getSmtp().getPort(),
                    "--patchwork.notifications.email-provider=smtp",
                    "--patchwork.notifications.sms-provider=notify",
                    "--patchwork.notifications.base-url=https://patchwork.example",
                    // every (event, recipient, channel) is counted at the stubs: nothing may be coalesced
                    "--patchwork.notifications.coalesce-within=0s",
                    "--patchwork.notifications.notify.base-url=" + notify.baseUrl(),
                    "--patchwork.notifications.notify.api-key=patchwork_bench-" + UUID.randomUUID() + "-"
                            + UUID.randomUUID(),
                    "--patchwork.notifications.notify.sms-template-id=" + UUID.randomUUID(),
                    "--server.port=0",
                    "--logging.level.root=WARN",
                    "--logging.structured.format.console="};
            System.out.println("Starting notification-service in this JVM on a fresh database ...");
            context = new SpringApplicationBuilder(NotificationApplication.class).run(settings);
            JdbcClient jdbc = context.getBean(JdbcClient.class);

            long seedStart = System.nanoTime();
            seed(jdbc);
            System.out.printf("Made %,d professionals and %,d client networks (3-6 members) known through their events"
                    + " in %.1f s%n", professionalCount, clientCount, (System.nanoTime() - seedStart) / 1e9);

            System.out.printf("Load average before the run: %s%n", loadAverage());
            System.out.printf("Publishing %d events/s: %d s warm-up, then %d s measured ...%n", rate, warmUp.toSeconds(),
                    measured.toSeconds());
            Run load = publish(jdbc);
            System.out.printf("Load average at the end of the run: %s%n", loadAverage());
            System.out.printf("Last alert handed over %.1f s after the last event was published%n",
                    awaitHandedOver(jdbc));
            report(load, jdbc, smtp, notify);
        } finally {
            if (context != null) {
                context.close();
            }
            smtp.stop();
            notify.stop();
            dropDatabase(database);
        }
    }

    /** Registers the professionals and the clients' networks, and waits until the service has applied them. */
    private void seed(JdbcClient jdbc) {
        Instant now = Instant.now();
        for (int p = 0; p < professionalCount; p++) {
            UUID id = UUID.randomUUID();
            professionals.add(id);
            Map<String, Object> professional = new HashMap<>();
            professional.put("id", id);
            professional.put("keycloakSubject", UUID.randomUUID().toString());
            professional.put("agency", "bench-" + (p % 20));
            professional.put("name", "Sample Practitioner " + p);
            professional.put("jobTitle", "District nurse");
            professional.put("workPhone", "01632 960" + String.format("%03d", p % 1000));
            professional.put("mobile", "07700 900" + String.format("%03d", p % 1000));
            professional.put("email", "practitioner." + p + "@bench-" + (p % 20) + ".example");
            professional.put("preferredContact", "EMAIL");
            professional.put("status", "ACTIVE");
            publish("directory.professionals", "ProfessionalRegistered", id, "/directory-service",
                    Map.of("eventId", UUID.randomUUID(), "occurredAt", now, "professional", professional));
        }
        for (int c = 0; c < clientCount; c++) {
            UUID clientId = UUID.randomUUID();
            List<UUID> members = new ArrayList<>(professionals);
            java.util.Collections.shuffle(members, random);
            members = List.copyOf(members.subList(0, 3 + random.nextInt(4)));
            Client client = new Client(clientId, INITIALS[c % INITIALS.length], members);
            clients.add(client);
            Map<String, Object> event = client.event(members.getFirst(), now);
            event.put("legalBasis", "CONSENT");
            event.put("professional", ref(members.getFirst()));
            publish("network.clients", "ClientRegistered", clientId, "/client-network-service", event);
        }
        awaitCount(jdbc, "SELECT count(*) FROM professional", professionalCount);
        awaitCount(jdbc, "SELECT count(*) FROM network", clientCount);
    }

    /**
     * The warm-up, then the measured run, each at the fixed rate. In between, the alerts of the warm-up (which starts
     * cold and leaves a backlog) are all handed over, so that the measured run starts from a settled service.
     */
    private Run publish(JdbcClient jdbc) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        publishAtRate((int) (warmUp.toSeconds() * rate), false, senders);
        System.out.printf("Warm-up over; its last alert handed over %.1f s after its last event; load average: %s%n",
                awaitHandedOver(jdbc), loadAverage());

        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuAtStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        Instant from = Instant.now();
        int events = (int) (measured.toSeconds() * rate);
        long worstLag = publishAtRate(events, true, senders);
        long nanos = System.nanoTime() - start;
        double cores = (os.getProcessCpuTime() - cpuAtStart) / (double) nanos;
        senders.shutdown();
        if (!senders.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Kafka did not take the events within 2 minutes");
        }
        return new Run(from, Instant.now(), nanos / 1e9, events, worstLag / 1e6, cores);
    }

    /**
     * Publishes events at the fixed rate whatever Kafka's pace (a few sends at once), each one's occurredAt the
     * moment it is due, so that time spent reaching Kafka counts too; answers how far the schedule slipped at most.
     */
    private long publishAtRate(int events, boolean measuredRun, ExecutorService senders) {
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long worstLag = 0;
        for (int i = 0; i < events; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            worstLag = Math.max(worstLag, System.nanoTime() - due);
            published.add(publishOne(measuredRun, senders));
        }
        return worstLag;
    }

    /** Waits until every alert of the events published so far is handed over; answers how long that took in s. */
    private double awaitHandedOver(JdbcClient jdbc) throws InterruptedException {
        int expected = published.stream().mapToInt(event -> event.recipients().size() * (event.urgent() ? 2 : 1)).sum();
        long start = System.nanoTime();
        long until = start + Duration.ofSeconds(Long.getLong("bench.drainSeconds", 300)).toNanos();
        while (System.nanoTime() < until
                && jdbc.sql("SELECT count(*) FROM notification WHERE status = 'SENT'").query(Long.class).single()
                < expected) {
            Thread.sleep(250);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * One event of the mix: 45% a visit scheduled by one member for another, 35% an attention, 10% an urgent
     * attention, 10% no access at a visit. Each member but its author gets an email; urgent ones an SMS as well.
     */
    private PublishedEvent publishOne(boolean measuredRun, ExecutorService senders) {
        Client client = clients.get(random.nextInt(clients.size()));
        UUID actor = client.members().get(random.nextInt(client.members().size()));
        Instant now = Instant.now();
        Map<String, Object> event = client.event(actor, now);
        int draw = random.nextInt(100);
        String topic;
        String type;
        boolean urgent;
        if (draw < 45) {
            UUID visitor = client.members().get(random.nextInt(client.members().size()));
            topic = "schedule.visits";
            type = "VisitScheduled";
            urgent = false;
            event.remove("leadProfessionalId");
            event.put("visit", visit(visitor, now.plus(Duration.ofDays(1 + random.nextInt(14)))));
        } else if (draw < 90) {
            topic = "network.attentions";
            type = "AttentionRaised";
            urgent = draw >= 80;
            event.put("attentionId", UUID.randomUUID());
            event.put("professional", ref(actor));
            event.put("priority", urgent ? "URGENT" : "NORMAL");
        } else {
            topic = "schedule.visits";
            type = "VisitNoAccess";
            urgent = true;
            event.remove("leadProfessionalId");
            event.put("visit", visit(actor, now.minus(Duration.ofMinutes(10))));
            event.put("contactId", UUID.randomUUID());
        }
        UUID eventId = (UUID) event.get("eventId");
        String source = "/" + (topic.startsWith("schedule") ? "schedule" : "client-network") + "-service";
        senders.execute(() -> publish(topic, type, client.id(), source, event));
        List<UUID> recipients = client.members().stream().filter(member -> !member.equals(actor)).toList();
        return new PublishedEvent(eventId, recipients, urgent, measuredRun);
    }

    private void report(Run run, JdbcClient jdbc, GreenMail smtp, WireMockServer notify) throws Exception {
        Map<UUID, Row> rows = new HashMap<>();
        jdbc.sql("SELECT id, event_id, recipient_id, channel, event_occurred_at, created_at, sent_at FROM notification")
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getObject("recipient_id", UUID.class), rs.getString("channel"),
                        rs.getObject("event_occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("sent_at", OffsetDateTime.class) == null ? null
                                : rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list().forEach(row -> rows.put(row.id(), row));

        List<Arrival> arrivals = new ArrayList<>();
        for (StoredMessage message : smtp.getManagers().getImapHostManager().getAllMessages()) {
            arrivals.add(new Arrival(UUID.fromString(message.getMimeMessage().getHeader(NOTIFICATION_ID_HEADER)[0]),
                    message.getReceivedDate().toInstant()));
        }
        for (ServeEvent served : notify.getAllServeEvents()) {
            if (served.getRequest().getUrl().equals(SMS_PATH) && served.getResponse().getStatus() == 201) {
                arrivals.add(new Arrival(UUID.fromString(JSON.readTree(served.getRequest().getBodyAsString())
                        .get("reference").asString()), served.getRequest().getLoggedDate().toInstant()));
            }
        }

        Set<UUID> measuredEvents = new HashSet<>();
        Set<String> expected = new HashSet<>();
        for (PublishedEvent event : published) {
            if (event.measured()) {
                measuredEvents.add(event.id());
                for (UUID recipient : event.recipients()) {
                    expected.add(event.id() + "/" + recipient + "/EMAIL");
                    if (event.urgent()) {
                        expected.add(event.id() + "/" + recipient + "/SMS");
                    }
                }
            }
        }
        Map<UUID, Instant> firstArrival = new HashMap<>();
        int arrivalsOfMeasured = 0;
        int unknownArrivals = 0;
        int inWindow = 0;
        for (Arrival arrival : arrivals) {
            Row row = rows.get(arrival.notificationId());
            if (row == null) {
                unknownArrivals++;
                continue;
            }
            if (!arrival.at().isBefore(run.from()) && arrival.at().isBefore(run.until())) {
                inWindow++;
            }
            if (measuredEvents.contains(row.eventId())) {
                arrivalsOfMeasured++;
                firstArrival.merge(arrival.notificationId(), arrival.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Set<String> delivered = new HashSet<>();
        List<Long> email = new ArrayList<>();
        List<Long> sms = new ArrayList<>();
        List<Long> handOff = new ArrayList<>();
        List<Long> recorded = new ArrayList<>();
        Map<Long, List<Long>> byTenSeconds = new java.util.TreeMap<>();
        firstArrival.forEach((id, at) -> {
            Row row = rows.get(id);
            byTenSeconds.computeIfAbsent(Duration.between(run.from(), row.occurredAt()).toSeconds() / 10,
                    bucket -> new ArrayList<>()).add(Duration.between(row.occurredAt(), at).toNanos() / 1_000);
            delivered.add(row.eventId() + "/" + row.recipientId() + "/" + row.channel());
            long micros = Duration.between(row.occurredAt(), at).toNanos() / 1_000;
            ("SMS".equals(row.channel()) ? sms : email).add(micros);
            handOff.add(Duration.between(row.occurredAt(), row.sentAt()).toNanos() / 1_000);
            recorded.add(Duration.between(row.occurredAt(), row.recordedAt()).toNanos() / 1_000);
        });
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(delivered);
        Set<String> unexpected = new HashSet<>(delivered);
        unexpected.removeAll(expected);

        System.out.printf("%nMeasured run: %,d events in %.1f s = %.1f events/s offered (the schedule slipped at most"
                        + " %.0f ms); this JVM (service, Kafka broker, GreenMail, WireMock, publisher) used %.2f of"
                        + " the 2 cores%n", run.events(), run.seconds(), run.events() / run.seconds(),
                run.worstLagMillis(), run.cores());
        System.out.printf("Alerts expected %,d (%,d email + %,d SMS), delivered %,d, missing %d, unexpected %d,"
                        + " duplicates %d%n", expected.size(), expected.stream().filter(key -> key.endsWith("EMAIL"))
                        .count(), expected.stream().filter(key -> key.endsWith("SMS")).count(), delivered.size(),
                missing.size(), unexpected.size(), arrivalsOfMeasured - firstArrival.size());
        if (unknownArrivals > 0) {
            System.out.printf("Messages at the providers without a notification row: %d%n", unknownArrivals);
        }
        System.out.printf("Throughput: %.1f alerts/s reached the providers during the measured run%n",
                inWindow / run.seconds());
        System.out.printf("%nEvent occurredAt -> arrival at the provider (all %,d measured alerts):%n",
                firstArrival.size());
        print("email, at the SMTP server (GreenMail)", email);
        print("SMS, at the Notify API (WireMock)", sms);
        List<Long> all = new ArrayList<>(email);
        all.addAll(sms);
        print("all alerts, at the provider", all);
        print("all alerts, service's own hand-off (sent_at)", handOff);
        System.out.println("of which:");
        print("  event consumed, alert in the outbox", recorded);
        StringBuilder over = new StringBuilder();
        byTenSeconds.forEach((bucket, micros) -> over.append(String.format(" %.1f",
                micros.stream().mapToLong(Long::longValue).sorted().skip((long) Math.ceil(0.99 * micros.size()) - 1)
                        .findFirst().orElse(0) / 1e6)));
        System.out.printf("p99 (s) of the alerts of each 10 s of the run:%s%n", over);
        System.out.printf("%nDate %s, load average at the end %s%n", LocalDate.now(), loadAverage());
    }

    private static void print(String what, List<Long> micros) {
        if (micros.isEmpty()) {
            System.out.printf("%-46s none%n", what);
            return;
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-46s %,7d   p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms   max %8.1f ms%n", what,
                sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                sorted[sorted.length - 1] / 1e3);
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted[(int) Math.ceil(fraction * sorted.length) - 1] / 1e3;
    }

    private static Map<String, Object> visit(UUID visitor, Instant startsAt) {
        return Map.of("visitId", UUID.randomUUID(), "visitor", ref(visitor), "startsAt", startsAt,
                "durationMinutes", 45, "kind", "HOME_VISIT");
    }

    private static Map<String, Object> ref(UUID professional) {
        return Map.of("id", professional, "keycloakSubject", professional.toString(), "agency", "bench");
    }

    private static void publish(String topic, String type, UUID key, String source, Map<String, Object> event) {
        TestEvents.publish(topic, type, event.get("eventId").toString(), key.toString(), source,
                JSON.writeValueAsBytes(event));
    }

    private static void awaitCount(JdbcClient jdbc, String sql, long count) {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (jdbc.sql(sql).query(Long.class).single() < count) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The service did not apply the seeding events in time: " + sql);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static void dropDatabase(TestDatabase database) throws SQLException {
        String url = database.jdbcUrl();
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1)
                + "postgres", database.user(), database.password())) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A client and their network, as the benchmark made it known. */
    private record Client(UUID id, String initials, List<UUID> members) {

        /** The fields every network and schedule event about the client carries. */
        Map<String, Object> event(UUID actor, Instant occurredAt) {
            Map<String, Object> event = new HashMap<>();
            event.put("eventId", UUID.randomUUID());
            event.put("occurredAt", occurredAt);
            event.put("clientId", id);
            event.put("clientInitials", initials);
            event.put("actorProfessionalId", actor);
            event.put("memberIds", members);
            event.put("leadProfessionalId", members.getFirst());
            return event;
        }
    }

    private record PublishedEvent(UUID id, List<UUID> recipients, boolean urgent, boolean measured) {
    }

    private record Run(Instant from, Instant until, double seconds, int events, double worstLagMillis, double cores) {
    }

    private record Row(UUID id, UUID eventId, UUID recipientId, String channel, Instant occurredAt, Instant recordedAt,
                       Instant sentAt) {
    }

    private record Arrival(UUID notificationId, Instant at) {
    }
}
