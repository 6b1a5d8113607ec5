package org.patchwork.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.patchwork.network.professional.ProfessionalContactRepository;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.TestApi;
import org.patchwork.platform.test.TestClock;
import org.patchwork.platform.test.TestEvents;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.patchwork.platform.test.contracts.EventContracts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service against real PostgreSQL, Kafka and Keycloak, with WireMock standing in for the directory's and the
 * schedule's REST APIs (by default the schedule knows no client yet). Professionals normally reach the local copy the
 * real way, as {@code ProfessionalRegistered} records on
 * the {@code directory.professionals} topic.
 */
@PatchworkServiceTest
@Import(NetworkIntegrationTest.Clocks.class)
public abstract class NetworkIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    protected static final WireMockServer DIRECTORY = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    /** On a fixed port, so that a test can stop it (the schedule service down) and start it again. */
    protected static final WireMockServer SCHEDULE = new WireMockServer(WireMockConfiguration.options().port(freePort()));

    /** The notification service, asked only for its part of subject access exports. */
    protected static final WireMockServer NOTIFICATION = new WireMockServer(WireMockConfiguration.options()
            .dynamicPort());

    static {
        DIRECTORY.start();
        SCHEDULE.start();
        NOTIFICATION.start();
        scheduleKnowsNothingYet();
    }

    @DynamicPropertySource
    static void otherServices(DynamicPropertyRegistry registry) {
        registry.add("patchwork.network.directory-url", DIRECTORY::baseUrl);
        registry.add("patchwork.network.schedule-url", SCHEDULE::baseUrl);
        registry.add("patchwork.network.notification-url", NOTIFICATION::baseUrl);
        // one agency with a confirmation period of its own (InvolvementFreshnessTest)
        registry.add("patchwork.network.involvement.confirm-every-by-agency.schools-partnership", () -> "30d");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schedule's answer before it has heard of a client: 404. */
    protected static void scheduleKnowsNothingYet() {
        SCHEDULE.resetAll();
        SCHEDULE.stubFor(WireMock.get(WireMock.urlPathMatching("/api/clients/[^/]+/schedule-overview"))
                .atPriority(10)
                .willReturn(WireMock.notFound()));
    }

    @LocalServerPort
    protected int port;

    /** Where /actuator/prometheus and the health groups are. */
    @LocalManagementPort
    protected int managementPort;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    @Autowired
    protected JdbcClient jdbc;

    /** The service's clock: a test moves it forward to live through the months a rule is about. */
    @Autowired
    protected TestClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Autowired
    protected ProfessionalContactRepository contacts;

    /** A professional in the test realm and in this service's copy of the directory. */
    public static final class Pro {

        private final TestUser user;
        private final UUID id;
        private String token;
        private Instant tokenAt = Instant.EPOCH;

        Pro(TestUser user, UUID id) {
            this.user = user;
            this.id = id;
        }

        public UUID id() {
            return id;
        }

        public TestUser user() {
            return user;
        }

        public String agency() {
            return user.agency();
        }

        public synchronized String bearer() {
            if (tokenAt.isBefore(Instant.now().minusSeconds(120))) {
                token = user.accessToken();
                tokenAt = Instant.now();
            }
            return "Bearer " + token;
        }
    }

    protected Pro professional(String agency, String first, String last, String... roles) {
        TestUser user = TestKeycloak.get().createUser(agency, first, last, roles);
        UUID id = UUID.randomUUID();
        publishDirectoryEvent("ProfessionalRegistered", id, user.id(), agency, first + " " + last, "ACTIVE");
        await().atMost(Duration.ofMinutes(2)).until(() -> contacts.findById(id).isPresent());
        return new Pro(user, id);
    }

    /** Platform staff: a user of the realm with roles but no agency, and so no entry in the directory. */
    protected Pro platformStaff(String first, String last, String... roles) {
        return new Pro(TestKeycloak.get().createUser(null, first, last, roles), null);
    }

    protected void publishDirectoryEvent(String type, UUID professionalId, String subject, String agency, String name,
                                         String status) {
        String eventId = UUID.randomUUID().toString();
        String json = """
                {"eventId":"%s","occurredAt":"%s","professional":{"id":"%s","keycloakSubject":"%s","agency":"%s",
                 "name":"%s","jobTitle":"Practitioner","workPhone":"01543 308000","mobile":null,
                 "email":"%s@%s.example","preferredContact":"WORK_PHONE","status":"%s"}}"""
                .formatted(eventId, Instant.now(), professionalId, subject, agency, name, subject, agency, status);
        TestEvents.publish("directory.professionals", type, eventId, professionalId.toString(), "/directory-service",
                json);
    }

    /**
     * A visit event as the schedule service publishes it on {@code schedule.visits} (VisitScheduled, VisitRescheduled,
     * VisitCancelled, VisitCompleted, VisitNoAccess), waiting until this service has applied it.
     */
    protected void publishVisitEvent(String type, UUID clientId, UUID visitId, Pro visitor, Instant startsAt,
                                     int durationMinutes) {
        publishVisitEvent(type, clientId, visitId, visitor, startsAt, durationMinutes, Instant.now());
    }

    /** A visit event that happened at {@code occurredAt}, e.g. one that reaches this service late. */
    protected void publishVisitEvent(String type, UUID clientId, UUID visitId, Pro visitor, Instant startsAt,
                                     int durationMinutes, Instant occurredAt) {
        publishScheduleEvent(type, clientId, occurredAt, """
                "visit":{"visitId":"%s","visitor":{"id":"%s","keycloakSubject":"%s","agency":"%s"},
                 "startsAt":"%s","durationMinutes":%d,"kind":"HOME_VISIT"}"""
                .formatted(visitId, visitor.id(), visitor.user().id(), visitor.agency(), startsAt, durationMinutes));
    }

    /** A ContactRecorded event as the schedule service publishes it, waiting until this service has applied it. */
    protected void publishContactEvent(UUID clientId, Pro professional, Instant contactedAt, String channel,
                                       String outcome, boolean seesTheClient) {
        publishScheduleEvent("ContactRecorded", clientId, Instant.now(), """
                "contactId":"%s","professional":{"id":"%s","keycloakSubject":"%s","agency":"%s"},
                 "contactedAt":"%s","channel":"%s","outcome":"%s","seesTheClient":%s,"visitId":null"""
                .formatted(UUID.randomUUID(), professional.id(), professional.user().id(), professional.agency(),
                        contactedAt, channel, outcome, seesTheClient));
    }

    private void publishScheduleEvent(String type, UUID clientId, Instant occurredAt, String fields) {
        String eventId = UUID.randomUUID().toString();
        String json = """
                {"eventId":"%s","occurredAt":"%s","clientId":"%s","clientInitials":"J.S.","actorProfessionalId":null,
                 %s,"memberIds":[]}""".formatted(eventId, occurredAt, clientId, fields);
        TestEvents.publish("schedule.visits", type, eventId, clientId.toString(), "/schedule-service", json);
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM processed_event WHERE event_id = CAST(:eventId AS uuid)")
                .param("eventId", eventId).query(Long.class).single() == 1);
    }

    protected RestClient api() {
        return TestApi.client(port);
    }

    protected ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, Pro caller, Object body) {
        ResponseEntity<String> raw = TestApi.exchange(api(), method, path, caller == null ? null : caller.bearer(), body);
        Map<String, Object> parsed = TestApi.json(raw.getBody());
        return ResponseEntity.status(raw.getStatusCode()).headers(raw.getHeaders()).body(withRaw(parsed, raw.getBody()));
    }

    private static Map<String, Object> withRaw(Map<String, Object> parsed, String raw) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(parsed);
        copy.put("_raw", raw == null ? "" : raw);
        return copy;
    }

    private static <T> T parse(String json, Class<T> type) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, type);
    }

    protected ResponseEntity<Map<String, Object>> get(String path, Pro caller) {
        return call(HttpMethod.GET, path, caller, null);
    }

    protected ResponseEntity<Map<String, Object>> post(String path, Pro caller, Object body) {
        return call(HttpMethod.POST, path, caller, body);
    }

    protected static Map<String, Object> basis(String legalBasis) {
        return Map.of("legalBasis", legalBasis, "reason", "Supporting the family after a referral");
    }

    protected static Map<String, Object> clientDetails(String givenName, String familyName, LocalDate dateOfBirth,
                                                       String postcode) {
        Map<String, Object> details = new java.util.HashMap<>();
        details.put("givenName", givenName);
        details.put("familyName", familyName);
        details.put("dateOfBirth", dateOfBirth.toString());
        details.put("address", "1 Example Row, Lichfield");
        details.put("postcode", postcode);
        return details;
    }

    /** Registers a fictional client with a family name no other test uses; the caller becomes the lead. */
    protected UUID registerClient(Pro lead, String familyName) {
        ResponseEntity<Map<String, Object>> created = post("/api/clients", lead, Map.of(
                "client", clientDetails("Jo", familyName, LocalDate.of(2015, 4, 1), "WS13 6YY"),
                "basis", basis("CONSENT")));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return UUID.fromString((String) created.getBody().get("id"));
    }

    protected void join(Pro professional, UUID clientId) {
        ResponseEntity<Map<String, Object>> joined = post("/api/clients/" + clientId + "/network/join", professional,
                basis("SAFEGUARDING_DUTY"));
        assertThat(joined.getStatusCode().value()).as("%s", joined.getBody()).isEqualTo(201);
    }

    protected UUID invite(Pro member, UUID clientId, Pro invitee) {
        ResponseEntity<Map<String, Object>> invited = post("/api/clients/" + clientId + "/invitations", member,
                Map.of("professionalId", invitee.id().toString(), "reason", "Their school should be involved"));
        assertThat(invited.getStatusCode().value()).as("%s", invited.getBody()).isEqualTo(201);
        return UUID.fromString((String) invited.getBody().get("id"));
    }

    /** "Sample" and ten random letters (16^10 names): no two tests' clients look like the same person. */
    protected static String uniqueFamilyName() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder letters = new StringBuilder("Sample");
        for (int i = 0; i < 10; i++) {
            letters.append((char) ('a' + Character.digit(hex.charAt(i), 16)));
        }
        return letters.toString();
    }

    /** Stored audit records naming the client, on its own or in a listing. */
    protected long auditCount(UUID clientId, String action) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_record
                        WHERE (client_id = :clientId OR client_ids @> ARRAY[CAST(:clientId AS UUID)])
                          AND action = :action""")
                .param("clientId", clientId).param("action", action).query(Long.class).single();
    }

    /** Stored audit records naming the client, on its own or in a listing. */
    protected long auditCount(UUID clientId) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_record
                        WHERE client_id = :clientId OR client_ids @> ARRAY[CAST(:clientId AS UUID)]""")
                .param("clientId", clientId).query(Long.class).single();
    }

    /** The records on a topic for one client, waiting until {@code until} holds for them. */
    protected List<ConsumerRecord<String, byte[]>> records(String topic, UUID clientId,
                                                          Predicate<List<ConsumerRecord<String, byte[]>>> until) {
        return records(topic, clientId.toString(), until);
    }

    /**
     * The records on a topic with this key, waiting until {@code until} holds for them; each of this service's checked
     * against its event contract.
     */
    protected List<ConsumerRecord<String, byte[]>> records(String topic, String key,
                                                          Predicate<List<ConsumerRecord<String, byte[]>>> until) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        records.add(record);
                    }
                });
                return until.test(records);
            });
        }
        EventContracts.of("client-network-service").assertConformIfOwned(records);
        return records;
    }

    protected static String type(ConsumerRecord<?, ?> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)
                .substring("org.patchwork.".length());
    }

    protected static Map<String, Object> json(ConsumerRecord<String, byte[]> record) {
        return parse(new String(record.value(), StandardCharsets.UTF_8), Map.class);
    }

    protected static boolean hasType(List<ConsumerRecord<String, byte[]>> records, String type) {
        return records.stream().anyMatch(record -> type(record).equals(type));
    }

    protected static ConsumerRecord<String, byte[]> ofType(List<ConsumerRecord<String, byte[]>> records, String type) {
        return records.stream().filter(record -> type(record).equals(type)).reduce((first, second) -> second)
                .orElseThrow();
    }
}
