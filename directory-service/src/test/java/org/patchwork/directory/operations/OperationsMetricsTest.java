package org.patchwork.directory.operations;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patchwork.directory.TestApi;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.Prometheus;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The directory's metrics on its management port, and what its readiness depends on. */
@PatchworkServiceTest
class OperationsMetricsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void aProfileReadShowsInTheRequestMetricsAndTheOutboxAndPoolMetricsAreServed() {
        TestUser nurse = TestKeycloak.get().createUser("lichfield-dc", "Demo", "Metrics Nurse", "practitioner");
        double before = profileReads(Prometheus.scrape(managementPort));

        TestApi.at(port).get().uri("/api/directory/me").header(HttpHeaders.AUTHORIZATION, nurse.bearer())
                .retrieve().body(Map.class);

        // The request is recorded as its observation ends, just after the answer went out.
        await().untilAsserted(() -> assertThat(profileReads(Prometheus.scrape(managementPort)) - before).isEqualTo(1));
        Prometheus after = Prometheus.scrape(managementPort);
        assertThat(after.has("patchwork_outbox_incomplete", "application", "directory-service")).isTrue();
        assertThat(after.has("patchwork_outbox_oldest_age_seconds")).isTrue();
        assertThat(after.has("hikaricp_connections_active")).isTrue();
        assertThat(after.has("jvm_memory_used_bytes")).isTrue();
    }

    @Test
    void readinessNeedsTheDatabaseAndLivenessDoesNot() {
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
    }

    private static double profileReads(Prometheus metrics) {
        return metrics.sum("http_server_requests_seconds_count", "uri", "/api/directory/me", "method", "GET");
    }
}
