package org.patchwork.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.TestApi;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

/**
 * The service against real PostgreSQL, Kafka, Keycloak and a real SMTP server (GreenMail), with WireMock as the
 * GOV.UK Notify API for SMS. Professionals, networks and triggers all arrive the real way: CloudEvents on Kafka, each
 * the producer's example message of its type with the test's ids and fields, checked against the producer's contract.
 * Alerts are not coalesced here, so that each test counts every alert its events make; {@code AlertCoalescingTest}
 * turns coalescing on.
 */
@PatchworkServiceTest
@Import(NotificationIntegrationTest.TestClock.class)
@TestPropertySource(properties = "patchwork.notifications.coalesce-within=0s")
public abstract class NotificationIntegrationTest {

    protected static final GreenMail SMTP;
    protected static final WireMockServer NOTIFY = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    protected static final String SMS_PATH = "/v2/notifications/sms";
    protected static final String EMAIL_PATH = "/v2/notifications/email";
    protected static final String LIST_PATH = "/v2/notifications";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventContracts DIRECTORY = EventContracts.of("directory-service");
    private static final EventContracts CLIENT_NETWORK = EventContracts.of("client-network-service");
    private static final EventContracts SCHEDULE = EventContracts.of("schedule-service");
    private static KafkaProducer<String, byte[]> producer;

    static {
        org.awaitility.Awaitility.setDefaultTimeout(java.time.Duration.ofMinutes(2));
        org.awaitility.Awaitility.setDefaultPollInterval(java.time.Duration.ofMillis(200));
        SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        SMTP.start();
        NOTIFY.start();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        ShiftableClock testClock() {
            return new ShiftableClock();
        }
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("patchwork.notifications.email-provider", () -> "smtp");
        registry.add("patchwork.notifications.sms-provider", () -> "notify");
        registry.add("patchwork.notifications.base-url", () -> "https://patchwork.example");
        registry.add("patchwork.notifications.notify.base-url", NOTIFY::baseUrl);
        registry.add("patchwork.notifications.notify.api-key",
                () -> "patchwork_test-" + UUID.randomUUID() + "-" + UUID.randomUUID());
        registry.add("patchwork.notifications.notify.email-template-id", () -> UUID.randomUUID().toString());
        registry.add("patchwork.notifications.notify.sms-template-id", () -> UUID.randomUUID().toString());
        registry.add("patchwork.notifications.dispatch.poll-every", () -> "100ms");
        registry.add("patchwork.notifications.dispatch.initial-backoff", () -> "200ms");
        registry.add("patchwork.notifications.dispatch.max-backoff", () -> "1s");
        registry.add("patchwork.notifications.dispatch.provider-timeout", () -> "2s");
        registry.add("patchwork.notifications.dispatch.lease", () -> "10s");
    }

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ShiftableClock clock;

    @BeforeEach
    void notifyAccepts() {
        NOTIFY.resetAll();
        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).willReturn(accepted("from_number", "Patchwork")));
        NOTIFY.stubFor(post(urlEqualTo(EMAIL_PATH)).willReturn(accepted("from_email", "alerts@patchwork.example")));
        NOTIFY.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(held()));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted(String fromField,
                                                                                             String from) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                {"id":"%s","reference":null,"content":{"body":"text","subject":"subject","%s":"%s"},
                 "uri":"https://api.example/v2/notifications/1",
                 "template":{"id":"%s","version":1,"uri":"https://api.example/v2/template/1"}}"""
                .formatted(UUID.randomUUID(), fromField, from, UUID.randomUUID()));
    }

    /**
     * Notify's list of the messages it holds with the reference asked for: none, or {@code ids} (whose reference is
     * the one asked for).
     */
    protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder held(UUID... ids) {
        String notifications = Arrays.stream(ids).map(id -> """
                {"id":"%s","reference":"{{request.query.reference}}","email_address":null,
                 "phone_number":"07700900000","line_1":null,"line_2":null,"line_3":null,"line_4":null,"line_5":null,
                 "line_6":null,"postcode":null,"postage":null,"type":"sms","status":"delivered",
                 "template":{"id":"%s","version":1,"uri":"https://api.example/v2/template/1"},"body":"text",
                 "subject":null,"created_at":"2026-11-26T10:00:00.000000Z","sent_at":null,"completed_at":null}"""
                .formatted(id, UUID.randomUUID())).collect(java.util.stream.Collectors.joining(","));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody("""
                        {"notifications":[%s],
                         "links":{"current":"https://api.example/v2/notifications","next":null}}"""
                        .formatted(notifications));
    }

    /** A professional known to this service through the directory's events. */
    public record Pro(UUID id, String subject, String email, String mobile, TestUser user) {
    }

    /** A professional without a login (enough to receive alerts). */
    protected Pro professional(String name) {
        return professional("lichfield-dc", name);
    }

    /** A professional of the agency without a login. */
    protected Pro professional(String agency, String name) {
        return register(agency, name, UUID.randomUUID().toString(), null);
    }

    /** A professional who can also sign in, to call the API. */
    protected Pro professionalWithLogin(String first, String last) {
        return professionalWithLogin("lichfield-dc", first, last);
    }

    /** A professional of the agency who can also sign in. */
    protected Pro professionalWithLogin(String agency, String first, String last) {
        TestUser user = TestKeycloak.get().createUser(agency, first, last, "practitioner");
        return register(agency, first + " " + last, user.id(), user);
    }

    /** A professional of an agency, an information governance officer of it or not. */
    protected Pro professional(String name, String agency, boolean igOfficer) {
        return register(name, UUID.randomUUID().toString(), null, agency, igOfficer);
    }

    private Pro register(String agency, String name, String subject, TestUser user) {
        return register(name, subject, user, agency, false);
    }

    private Pro register(String name, String subject, TestUser user, String agency, boolean igOfficer) {
        UUID id = UUID.randomUUID();
        String email = name.toLowerCase().replace(' ', '.') + "." + id.toString().substring(0, 8) + "@" + agency
                + ".example";
        String mobile = "07700 9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        Map<String, Object> professional = new HashMap<>(Map.of("id", id, "keycloakSubject", subject,
                "agency", agency, "name", name, "jobTitle", "District nurse", "workPhone", "01543 308000",
                "mobile", mobile, "email", email, "preferredContact", "MOBILE", "status", "ACTIVE"));
        professional.put("igOfficer", igOfficer);
        publish("directory.professionals", "ProfessionalRegistered", id,
                Map.of("eventId", UUID.randomUUID(), "occurredAt", Instant.now(), "professional", professional));
        await().until(() -> jdbc.sql("SELECT count(*) FROM professional WHERE id = :id").param("id", id)
                .query(Long.class).single() == 1);
        return new Pro(id, subject, email, mobile, user);
    }

    protected void professionalLeft(Pro pro) {
        publish("directory.professionals", "ProfessionalLeft", pro.id(), Map.of("eventId", UUID.randomUUID(),
                "occurredAt", Instant.now(), "professional", Map.of("id", pro.id(), "keycloakSubject", pro.subject(),
                        "name", "Gone", "email", pro.email(), "mobile", pro.mobile(), "status", "LEFT")));
    }

    /** The fields every network and schedule event carries. */
    protected static Map<String, Object> clientEvent(UUID clientId, Pro actor, List<Pro> members, Pro lead) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventId", UUID.randomUUID());
        event.put("occurredAt", Instant.now());
        event.put("clientId", clientId);
        event.put("clientInitials", "J.S.");
        event.put("actorProfessionalId", actor == null ? null : actor.id());
        event.put("memberIds", members.stream().map(Pro::id).toList());
        event.put("leadProfessionalId", lead == null ? null : lead.id());
        return event;
    }

    /** Nobody answered the door at the visitor's visit to a fresh client: urgent, so email and SMS to the others. */
    protected void noAccessReportedBy(Pro visitor, Pro... others) {
        UUID clientId = UUID.randomUUID();
        List<Pro> team = new java.util.ArrayList<>(List.of(others));
        team.addFirst(visitor);
        publish("schedule.visits", "VisitNoAccess", clientId, with(clientEvent(clientId, visitor, team, visitor),
                "visit", Map.of("visitor", ref(visitor))));
    }

    protected static Map<String, Object> ref(Pro pro) {
        return Map.of("id", pro.id(), "keycloakSubject", pro.subject(), "agency", "lichfield-dc");
    }

    protected static Map<String, Object> with(Map<String, Object> event, Object... keysAndValues) {
        Map<String, Object> copy = new HashMap<>(event);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    /**
     * Publishes the producer's example of the type with the test's fields in its place, checked against the
     * producer's contract, as the producer publishes it.
     */
    protected void publish(String topic, String type, UUID key, Map<String, Object> event) {
        publish(topic, type, key.toString(), event);
    }

    protected void publish(String topic, String type, String key, Map<String, Object> event) {
        producerOf(topic).publish(topic, type, key, asProducerSends(topic, type, event));
    }

    /**
     * The producer's example message of the type (read from its contract files) with the test's fields in place of
     * the example's, objects merged field by field. A field the producer does not send fails the test, except the
     * lead that {@link #clientEvent} gives every event and the schedule's events do not carry.
     */
    protected static ObjectNode asProducerSends(String topic, String type, Map<String, Object> fields) {
        ObjectNode example = producerOf(topic).example(topic, type);
        ObjectNode given = JSON.valueToTree(fields);
        if (!example.has("leadProfessionalId")) {
            given.remove("leadProfessionalId");
        }
        merge(type, example, given);
        return example;
    }

    private static void merge(String path, ObjectNode into, ObjectNode from) {
        for (String field : from.propertyNames()) {
            JsonNode value = from.get(field);
            if (!into.has(field)) {
                throw new AssertionError(path + "." + field + " is not in the producer's example: it does not send it");
            }
            if (value.isObject() && into.get(field).isObject()) {
                merge(path + "." + field, (ObjectNode) into.get(field), (ObjectNode) value);
            } else {
                into.set(field, value);
            }
        }
    }

    private static EventContracts producerOf(String topic) {
        return switch (topic.substring(0, topic.indexOf('.'))) {
            case "directory" -> DIRECTORY;
            case "network" -> CLIENT_NETWORK;
            case "schedule" -> SCHEDULE;
            default -> throw new IllegalArgumentException("No producer's contracts for " + topic);
        };
    }

    protected synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /**
     * Waits until the service has consumed the event (whatever it made of it). The platform's copy of who may use
     * Patchwork reads the directory's events too, as a consumer of its own; it is not what is waited for.
     */
    protected void awaitConsumed(Object eventId) {
        await().until(() -> jdbc.sql("""
                        SELECT count(*) FROM processed_event WHERE event_id = :id AND consumer NOT LIKE 'platform.%'""")
                .param("id", UUID.fromString(eventId.toString())).query(Long.class).single() == 1);
    }

    protected static List<MimeMessage> emailsTo(Pro pro) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(pro.email()));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    protected static String content(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    protected static List<LoggedRequest> smsTo(Pro pro) {
        return NOTIFY.findAll(postRequestedFor(urlEqualTo(SMS_PATH))).stream()
                .filter(request -> pro.mobile().equals(JSON.readTree(request.getBodyAsString()).get("phone_number").asString()))
                .toList();
    }

    protected static String smsText(LoggedRequest request) {
        return JSON.readTree(request.getBodyAsString()).get("personalisation").get("body").asString();
    }

    protected List<Map<String, Object>> notificationsTo(Pro pro) {
        return jdbc.sql("SELECT kind, channel, status, attempts, body, last_error FROM notification WHERE recipient_id = :id")
                .param("id", pro.id()).query().listOfRows();
    }

    protected RestClient api() {
        return TestApi.client(port);
    }

    protected ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, Pro caller, Object body) {
        ResponseEntity<String> raw = TestApi.exchange(api(), method, path,
                caller == null ? null : caller.user().bearer(), body);
        Map<String, Object> parsed = TestApi.json(raw.getBody());
        return ResponseEntity.status(raw.getStatusCode()).headers(raw.getHeaders()).body(parsed);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
