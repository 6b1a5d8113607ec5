package org.patchwork.schedule.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patchwork.platform.test.Prometheus;
import org.patchwork.schedule.ScheduleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The schedule service's metrics on its management port, what its readiness depends on, and its per-request log
 * line.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsMetricsTest extends ScheduleIntegrationTest {

    @LocalManagementPort
    int managementPort;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void aScheduledVisitShowsInTheRequestMetricsAndTheOutboxAndConsumerMetricsAreServed() {
        Pro visitor = professional("staffs-fire", "Demo", "Metrics Visitor");
        UUID clientId = network(visitor);
        double before = visitsPosted(Prometheus.scrape(managementPort));

        scheduleVisit(visitor, clientId, Instant.now().plus(Duration.ofDays(1)));

        // The request is recorded as its observation ends, just after the answer went out.
        await().untilAsserted(() -> assertThat(visitsPosted(Prometheus.scrape(managementPort)) - before).isEqualTo(1));
        Prometheus after = Prometheus.scrape(managementPort);
        assertThat(after.has("http_server_requests_seconds_bucket", "uri", "/api/clients/{clientId}/visits"))
                .as("latency buckets").isTrue();
        assertThat(after.has("patchwork_outbox_incomplete", "application", "schedule-service")).isTrue();
        assertThat(after.has("patchwork_outbox_oldest_age_seconds")).isTrue();
        assertThat(after.has("hikaricp_connections_active")).isTrue();
        assertThat(after.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
        assertThat(after.has("jvm_gc_pause_seconds_count") || after.has("jvm_memory_used_bytes")).isTrue();
    }

    @Test
    void eachRequestIsOneLogLineWithItsRouteStatusAndTheTraceItArrivedIn(CapturedOutput output) {
        Pro visitor = professional("staffs-fire", "Demo", "Logged Visitor");
        UUID clientId = network(visitor);
        String traceId = UUID.randomUUID().toString().replace("-", "");

        api().get().uri("/api/clients/{clientId}/visits", clientId)
                .header("Authorization", visitor.bearer())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .retrieve().toBodilessEntity();

        await().untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains(traceId) && line.contains("GET /api/clients/{clientId}/visits 200 SUCCESS")))
                .as("one line for the request, in its trace").hasSize(1));
        assertThat(output.getOut()).as("the route, never the client's id").doesNotContain("/api/clients/" + clientId);
    }

    @Test
    void readinessNeedsTheDatabaseButNotKafkaAndLivenessNeedsNeither() {
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("readiness").isMember("kafka"))
                .as("the outbox keeps events while Kafka is away").isFalse();
        assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
    }

    private static double visitsPosted(Prometheus metrics) {
        return metrics.sum("http_server_requests_seconds_count", "uri", "/api/clients/{clientId}/visits",
                "method", "POST", "status", "201");
    }
}
