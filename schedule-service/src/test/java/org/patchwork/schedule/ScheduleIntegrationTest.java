package org.patchwork.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service against real PostgreSQL, Kafka and Keycloak. Professionals and networks reach its local copies the
 * real way: as CloudEvent records on {@code directory.professionals}, {@code network.clients} and
 * {@code network.memberships}. The clock is the real one, which a test may move forward.
 */
@PatchworkServiceTest
@Import(ScheduleIntegrationTest.Clocks.class)
public abstract class ScheduleIntegrationTest {

    private static final EventContracts CLIENT_NETWORK = EventContracts.of("client-network-service");
    private static final EventContracts DIRECTORY = EventContracts.of("directory-service");

    protected static final String VISITS_TOPIC = "schedule.visits";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

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

        public String agency() {
            return user.agency();
        }

        public String subject() {
            return user.id();
        }

        public synchronized String bearer() {
            if (tokenAt.isBefore(Instant.now().minusSeconds(120))) {
                token = user.accessToken();
                tokenAt = Instant.now();
            }
            return "Bearer " + token;
        }
    }

    protected Pro professional(String agency, String first, String last) {
        return professional(agency, first, last, "practitioner");
    }

    /** A professional with these realm roles (e.g. {@code ig-officer}), in the test realm and this service's copy. */
    protected Pro professional(String agency, String first, String last, String... roles) {
        TestUser user = TestKeycloak.get().createUser(agency, first, last, roles);
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        ObjectNode registered = DIRECTORY.example("directory.professionals", "ProfessionalRegistered");
        ((ObjectNode) registered.get("professional")).put("id", id.toString()).put("keycloakSubject", user.id())
                .put("agency", agency).put("name", first + " " + last).put("email", user.username() + "@" + agency
                        + ".example");
        DIRECTORY.publish("directory.professionals", "ProfessionalRegistered", id.toString(), registered);
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql("SELECT count(*) FROM professional WHERE id = :id")
                .param("id", id).query(Long.class).single() == 1);
        return new Pro(user, id);
    }

    /** A new client whose network is exactly {@code lead} (its lead) and {@code members}, as the network service says. */
    protected UUID network(Pro lead, Pro... members) {
        UUID clientId = UUID.randomUUID();
        List<Pro> everyone = new ArrayList<>(List.of(lead));
        everyone.addAll(Arrays.asList(members));
        publishNetworkEvent("network.clients", "ClientRegistered", UUID.randomUUID(), clientId, lead,
                List.of(lead), Instant.now().minusMillis(1));
        if (members.length > 0) {
            publishNetworkEvent("network.memberships", "MemberJoinedNetwork", UUID.randomUUID(), clientId, lead,
                    everyone, Instant.now());
        }
        awaitMembers(clientId, everyone.toArray(Pro[]::new));
        return clientId;
    }

    protected void awaitMembers(UUID clientId, Pro... members) {
        Set<UUID> expected = Arrays.stream(members).map(Pro::id).collect(Collectors.toSet());
        await().atMost(Duration.ofMinutes(2)).until(() -> Set.copyOf(jdbc.sql(
                        "SELECT professional_id FROM network_member WHERE client_id = :clientId")
                .param("clientId", clientId).query(UUID.class).list()).equals(expected));
    }

    /** The client network's example of that type, for this client, lead and members. */
    protected void publishNetworkEvent(String topic, String type, UUID eventId, UUID clientId, Pro lead,
                                       List<Pro> members, Instant occurredAt) {
        ObjectNode event = CLIENT_NETWORK.example(topic, type).put("eventId", eventId.toString())
                .put("occurredAt", occurredAt.toString()).put("clientId", clientId.toString())
                .put("clientInitials", "S.Q.")
                .put("actorProfessionalId", lead.id().toString()).put("leadProfessionalId", lead.id().toString());
        ArrayNode memberIds = event.putArray("memberIds");
        members.forEach(member -> memberIds.add(member.id().toString()));
        if (event.has("professional")) {
            event.putObject("professional").put("id", lead.id().toString()).put("keycloakSubject", lead.subject())
                    .put("agency", lead.agency());
        }
        CLIENT_NETWORK.publish(topic, type, clientId.toString(), event);
    }

    /** The client network's ClientRecordsErased for this client, as it publishes it, with the event id given. */
    protected void publishClientRecordsErased(UUID eventId, UUID clientId) {
        ObjectNode event = CLIENT_NETWORK.example("network.clients", "ClientRecordsErased")
                .put("eventId", eventId.toString()).put("clientId", clientId.toString());
        CLIENT_NETWORK.publish("network.clients", "ClientRecordsErased", clientId.toString(), event);
    }

    protected void publish(String topic, String type, String eventId, UUID subject, String json) {
        TestEvents.publish(topic, type, eventId, subject.toString(), "/test", json);
    }

    protected RestClient api() {
        return TestApi.client(port);
    }

    protected ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, Pro caller, Object body) {
        ResponseEntity<String> raw = TestApi.exchange(api(), method, path, caller == null ? null : caller.bearer(), body);
        Map<String, Object> parsed = TestApi.json(raw.getBody());
        Map<String, Object> withRaw = new java.util.LinkedHashMap<>(parsed);
        withRaw.put("_raw", raw.getBody() == null ? "" : raw.getBody());
        return ResponseEntity.status(raw.getStatusCode()).headers(raw.getHeaders()).body(withRaw);
    }

    protected ResponseEntity<Map<String, Object>> get(String path, Pro caller) {
        return call(HttpMethod.GET, path, caller, null);
    }

    protected ResponseEntity<Map<String, Object>> post(String path, Pro caller, Object body) {
        return call(HttpMethod.POST, path, caller, body);
    }

    protected ResponseEntity<Map<String, Object>> patch(String path, Pro caller, Object body) {
        return call(HttpMethod.PATCH, path, caller, body);
    }

    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> items(ResponseEntity<Map<String, Object>> response) {
        return (List<Map<String, Object>>) response.getBody().get("items");
    }

    protected static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }

    protected static Map<String, Object> visitAt(Instant startsAt, String kind) {
        return Map.of("startsAt", startsAt.toString(), "durationMinutes", 45, "kind", kind,
                "purpose", "Home safety check");
    }

    /** Schedules a visit by {@code caller} (visiting themselves) and returns its id. */
    protected UUID scheduleVisit(Pro caller, UUID clientId, Instant startsAt) {
        ResponseEntity<Map<String, Object>> scheduled = post("/api/clients/" + clientId + "/visits", caller,
                visitAt(startsAt, "HOME_VISIT"));
        assertThat(status(scheduled)).as("%s", scheduled.getBody()).isEqualTo(201);
        return UUID.fromString((String) scheduled.getBody().get("id"));
    }

    protected long count(String table, UUID clientId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE client_id = :clientId").param("clientId", clientId)
                .query(Long.class).single();
    }

    /** The records on a topic for one client, waiting until {@code until} holds for them. */
    protected List<ConsumerRecord<String, byte[]>> records(String topic, UUID clientId,
                                                          Predicate<List<ConsumerRecord<String, byte[]>>> until) {
        return records(topic, clientId, until, Duration.ZERO);
    }

    /**
     * Like {@link #records(String, UUID, Predicate)}, then keeps listening for {@code quiet} more, so that a test can
     * tell that something was published exactly once. Each of this service's records is checked against its event
     * contract.
     */
    protected List<ConsumerRecord<String, byte[]>> records(String topic, UUID clientId,
                                                          Predicate<List<ConsumerRecord<String, byte[]>>> until,
                                                          Duration quiet) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Predicate<List<ConsumerRecord<String, byte[]>>> collected = found -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (clientId.toString().equals(record.key())) {
                        found.add(record);
                    }
                });
                return until.test(found);
            };
            await().atMost(Duration.ofMinutes(2)).until(() -> collected.test(records));
            Instant quietUntil = Instant.now().plus(quiet);
            while (Instant.now().isBefore(quietUntil)) {
                collected.test(records);
            }
        }
        EventContracts.of("schedule-service").assertConformIfOwned(records);
        return records;
    }

    protected static String type(ConsumerRecord<?, ?> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)
                .substring("org.patchwork.".length());
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> json(ConsumerRecord<String, byte[]> record) {
        return JSON.readValue(new String(record.value(), StandardCharsets.UTF_8), Map.class);
    }

    protected static long countOf(List<ConsumerRecord<String, byte[]>> records, String type) {
        return records.stream().filter(record -> type(record).equals(type)).count();
    }

    protected static Map<String, Object> ofType(List<ConsumerRecord<String, byte[]>> records, String type) {
        return records.stream().filter(record -> type(record).equals(type)).reduce((first, second) -> second)
                .map(ScheduleIntegrationTest::json).orElseThrow();
    }
}
