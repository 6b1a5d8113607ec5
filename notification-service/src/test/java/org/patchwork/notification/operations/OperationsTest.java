package org.patchwork.notification.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.patchwork.platform.observability.KafkaHealthIndicator;
import org.patchwork.platform.test.Prometheus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalManagementPort;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the operations team reads from the service: its metrics on the management port, and its readiness. */
class OperationsTest extends NotificationIntegrationTest {

    @LocalManagementPort
    int managementPort;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void alertsAreCountedByChannelAndOutcomeAndEachProviderCallIsTimed() {
        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"error\":\"ValidationError\",\"message\":\"phone_number Not a UK mobile number\"}],\"status_code\":400}")));
        Prometheus before = Prometheus.scrape(managementPort);
        Pro visitor = professional("Demo Visitor");
        Pro nurse = professional("Demo Nurse");
        noAccessReportedBy(visitor, nurse);

        await().until(() -> notificationsTo(nurse).stream().anyMatch(row -> "DEAD".equals(row.get("status")))
                && notificationsTo(nurse).stream().anyMatch(row -> "SENT".equals(row.get("status"))));
        Prometheus after = Prometheus.scrape(managementPort);

        assertThat(increase(before, after, "patchwork_alerts_deliveries_total", "channel", "EMAIL", "outcome", "sent"))
                .isGreaterThanOrEqualTo(1);
        assertThat(increase(before, after, "patchwork_alerts_deliveries_total", "channel", "SMS", "outcome", "dead"))
                .isGreaterThanOrEqualTo(1);
        assertThat(increase(before, after, "patchwork_notifications_provider_calls_seconds_count",
                "provider", "smtp", "channel", "EMAIL", "outcome", "sent")).isGreaterThanOrEqualTo(1);
        assertThat(increase(before, after, "patchwork_notifications_provider_calls_seconds_count",
                "provider", "notify", "channel", "SMS", "outcome", "permanent")).isGreaterThanOrEqualTo(1);
        assertThat(after.has("patchwork_notifications_provider_calls_seconds_bucket", "provider", "notify"))
                .as("latency buckets for Notify").isTrue();
    }

    @Test
    void aDeadAlertIsListedByTheDeadAlertsCommandWithoutAddressesAndSentOnceReplayed() throws Exception {
        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"error\":\"AuthError\",\"message\":\"Invalid token: API key not found\"}],\"status_code\":403}")));
        Pro visitor = professional("Demo Visitor");
        Pro nurse = professional("Demo Nurse");
        noAccessReportedBy(visitor, nurse);
        await().until(() -> smsOf(nurse).map(row -> row.get("status")).orElse("").equals("DEAD"));
        String dead = smsOf(nurse).orElseThrow().get("id").toString();

        HttpResponse<String> listed = management(HttpRequest.newBuilder(deadAlerts("")));

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(dead, "\"channel\":\"SMS\"", "403")
                .doesNotContain(nurse.mobile()).doesNotContain(nurse.email());

        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).willReturn(accepted("from_number", "Patchwork")));
        HttpResponse<String> replayed = management(HttpRequest.newBuilder(deadAlerts("/" + dead))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains("\"replayed\":1");
        await().until(() -> smsOf(nurse).map(row -> row.get("status")).orElse("").equals("SENT"));
        assertThat(management(HttpRequest.newBuilder(deadAlerts(""))).body()).doesNotContain(dead);
    }

    private java.util.Optional<Map<String, Object>> smsOf(Pro pro) {
        return jdbc.sql("SELECT id, status FROM notification WHERE recipient_id = :id AND channel = 'SMS'")
                .param("id", pro.id()).query().listOfRows().stream().findFirst();
    }

    private URI deadAlerts(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + "/actuator/deadalerts" + path);
    }

    private static HttpResponse<String> management(HttpRequest.Builder request) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void theManagementPortServesTheStandardAndOutboxMetrics() {
        Prometheus metrics = Prometheus.scrape(managementPort);

        assertThat(metrics.has("jvm_memory_used_bytes", "application", "notification-service")).isTrue();
        assertThat(metrics.has("hikaricp_connections_active")).isTrue();
        assertThat(metrics.has("patchwork_outbox_incomplete")).isTrue();
        assertThat(metrics.has("patchwork_outbox_oldest_age_seconds")).isTrue();
        assertThat(metrics.has("kafka_consumer_fetch_manager_records_lag_max"))
                .as("the consumers' lag, per client, topic and partition").isTrue();
    }

    @Test
    void readinessNeedsTheDatabaseAndKafkaWhileLivenessNeedsNeither() {
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("readiness").isMember("kafka")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
        assertThat(healthGroups.get("liveness").isMember("kafka")).isFalse();
    }

    @Test
    void kafkaIsUpWhenTheBrokerAnswersAndDownWhenNoneDoes() throws IOException {
        try (KafkaHealthIndicator reachable = new KafkaHealthIndicator(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), Duration.ofSeconds(5));
             KafkaHealthIndicator unreachable = new KafkaHealthIndicator(
                     Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + unusedPort()),
                     Duration.ofSeconds(1))) {
            assertThat(reachable.health().getStatus()).isEqualTo(Status.UP);
            assertThat(unreachable.health().getStatus()).isEqualTo(Status.DOWN);
        }
    }

    private static double increase(Prometheus before, Prometheus after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
