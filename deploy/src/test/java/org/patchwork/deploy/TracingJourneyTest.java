package org.patchwork.deploy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.PlatformProcess;
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
 * One request followed across the platform, as an operator follows it: every part exports its spans over OTLP (here
 * to the journeys' {@link SpanReceiver}), the W3C {@code traceparent} goes with every hop, and each part's log line
 * for the request carries the same trace id.
 */
class TracingJourneyTest {

    static TestPlatform platform;
    static final RestClient HTTP = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = TestPlatform.get();
    }

    @Test
    void oneOverviewThroughTheGatewayIsOneTraceThroughClientNetworkAndSchedule() throws Exception {
        TestUser lead = TestKeycloak.get().createUser("staffs-fire", "Sample", "Traced Lead", "practitioner");
        String clientId = registerClient(lead);
        String traceId = newTraceId();

        ResponseEntity<Map> overview = HTTP.get().uri(platform.gatewayUrl() + "/api/clients/" + clientId + "/overview")
                .header(HttpHeaders.AUTHORIZATION, lead.bearer()).header("traceparent", traceparent(traceId))
                .retrieve().toEntity(Map.class);
        assertThat(overview.getStatusCode().value()).as("%s", overview.getBody()).isEqualTo(200);
        assertThat(((Map<?, ?>) overview.getBody().get("schedule")).get("available")).isEqualTo(true);

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(services(traceId))
                .contains("gateway", "client-network-service", "schedule-service"));
        // The log line of each part for this request carries the trace id.
        for (PlatformProcess part : List.of(platform.gateway, platform.clientNetwork, platform.schedule)) {
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(part.log().lines()
                    .filter(line -> line.contains("\"org.patchwork.requests\"") && line.contains(traceId)))
                    .as("%s's request log line", part).isNotEmpty());
        }
    }

    @Test
    void anAttentionIsOneTraceThroughKafkaIntoTheAlertsDelivery() throws Exception {
        TestUser lead = TestKeycloak.get().createUser("staffs-fire", "Sample", "Attention Lead", "practitioner");
        TestUser colleague = TestKeycloak.get().createUser("lichfield-dc", "Sample", "Alerted Colleague",
                "practitioner");
        String clientId = registerClient(lead);
        signIn(colleague);
        ResponseEntity<Map> joined = HTTP.post().uri(platform.gatewayUrl() + "/api/clients/" + clientId + "/network/join")
                .header(HttpHeaders.AUTHORIZATION, colleague.bearer())
                .body(Map.of("legalBasis", "SAFEGUARDING_DUTY", "reason", "Home safety visit requested"))
                .retrieve().toEntity(Map.class);
        assertThat(joined.getStatusCode().value()).as("%s", joined.getBody()).isEqualTo(201);
        String traceId = newTraceId();

        ResponseEntity<Map> raised = HTTP.post().uri(platform.gatewayUrl() + "/api/clients/" + clientId + "/attentions")
                .header(HttpHeaders.AUTHORIZATION, lead.bearer()).header("traceparent", traceparent(traceId))
                .body(Map.of("message", "Smoke alarm removed by the family", "priority", "URGENT"))
                .retrieve().toEntity(Map.class);
        assertThat(raised.getStatusCode().value()).as("%s", raised.getBody()).isEqualTo(201);

        // Gateway → client-network → (outbox, Kafka) → notification's listener → the alert's delivery, later, by
        // its dispatcher: one trace.
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            assertThat(services(traceId)).contains("gateway", "client-network-service", "notification-service");
            assertThat(SpanReceiver.get().trace(traceId)).anySatisfy(span -> {
                assertThat(span.service()).isEqualTo("notification-service");
                assertThat(span.name()).isEqualTo("alert delivery");
            });
        });
    }

    private static List<String> services(String traceId) throws Exception {
        return SpanReceiver.get().trace(traceId).stream().map(SpanReceiver.ReceivedSpan::service).distinct().toList();
    }

    private static String newTraceId() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    /** A sampled trace begun by the caller, as a browser's or a council's proxy's instrumentation would send it. */
    private static String traceparent(String traceId) {
        byte[] parent = new byte[8];
        ThreadLocalRandom.current().nextBytes(parent);
        return "00-" + traceId + "-" + HexFormat.of().formatHex(parent) + "-01";
    }

    private static void signIn(TestUser practitioner) {
        ResponseEntity<Map> me = HTTP.get().uri(platform.gatewayUrl() + "/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, practitioner.bearer()).retrieve().toEntity(Map.class);
        assertThat(me.getStatusCode().value()).as("%s", me.getBody()).isEqualTo(200);
    }

    private static String registerClient(TestUser practitioner) {
        signIn(practitioner);
        Map<String, Object> client = Map.of(
                "client", Map.of("givenName", "Robin", "familyName", Browser.uniqueName("Traced"),
                        "dateOfBirth", LocalDate.of(2015, 5, 6).toString(), "address", "2 Example Row, Lichfield",
                        "postcode", "WS13 6YY"),
                "basis", Map.of("legalBasis", "CONSENT", "reason", "Supporting the family after a referral"));
        ResponseEntity<Map> created = HTTP.post().uri(platform.gatewayUrl() + "/api/clients")
                .header(HttpHeaders.AUTHORIZATION, practitioner.bearer()).body(client).retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }
}
