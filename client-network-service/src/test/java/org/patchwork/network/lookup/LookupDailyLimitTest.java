package org.patchwork.network.lookup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.patchwork.network.ClientNetworkApplication;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.platform.limits.RateLimits;
import org.patchwork.platform.test.PatchworkTestInfrastructure;
import org.patchwork.platform.test.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily look-up caps per professional and per agency are counted in the database: a restarted service (a new
 * application context on the same database) still refuses, and reaching the alert level tells the agency's IG
 * officers through an {@code UnusualLookupVolume} event.
 */
@TestPropertySource(properties = {
        "patchwork.network.lookups-per-day=3", "patchwork.network.unusual-lookups-per-day=2",
        "patchwork.network.agency-lookups-per-day=5", "patchwork.network.unusual-agency-lookups-per-day=4",
        "spring.datasource.hikari.maximum-pool-size=3"})
class LookupDailyLimitTest extends NetworkIntegrationTest {

    private static final String AGENCY = "schools-partnership";

    @Autowired
    RateLimits limits;

    @Test
    void theDailyCapsHoldAcrossARestartAndUnusualVolumeAlertsTheAgencysIgOfficers() {
        jdbc.sql("DELETE FROM rate_limit_window WHERE limit_key = :key").param("key", "lookup:agency-day:" + AGENCY)
                .update();
        Pro busy = professional(AGENCY, "Example", "Busy Searcher", "practitioner");
        Pro colleague = professional(AGENCY, "Example", "Colleague Searcher", "practitioner");
        for (int i = 0; i < 3; i++) {
            assertThat(lookup(port, busy, "Nobody" + "abc".charAt(i)).getStatusCode().value()).isEqualTo(200);
        }

        try (ConfigurableApplicationContext restarted = startAgain()) {
            int restartedPort = Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port"));

            ResponseEntity<Map<String, Object>> refused = lookup(restartedPort, busy, "Nobodyd");

            assertThat(refused.getStatusCode().value()).isEqualTo(429);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(refused.getBody()).containsEntry("type", "https://patchwork.example/problems/too-many-lookups");
            assertThat(refused.getBody().get("detail").toString()).contains("your limit of 3 look-ups today");
            assertThat(Long.parseLong(refused.getHeaders().getFirst("Retry-After"))).isBetween(1L, 86_400L);

            assertThat(lookup(restartedPort, colleague, "Nobodye").getStatusCode().value()).isEqualTo(200);
            assertThat(lookup(port, colleague, "Nobodyf").getStatusCode().value()).isEqualTo(200);
            ResponseEntity<Map<String, Object>> agencyFull = lookup(restartedPort, colleague, "Nobodyg");

            assertThat(agencyFull.getStatusCode().value()).isEqualTo(429);
            assertThat(agencyFull.getBody().get("detail").toString())
                    .contains("Your organisation has reached its limit of 5 look-ups today");
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_record
                        WHERE actor_professional_id IN (:ids) AND action = 'LOOKUP_REFUSED_RATE_LIMIT'""")
                .param("ids", List.of(busy.id(), colleague.id())).query(Long.class).single()).isEqualTo(2);

        List<ConsumerRecord<String, byte[]>> alerts = records("network.lookups", AGENCY, found -> found.stream()
                .filter(record -> type(record).equals("UnusualLookupVolume")).map(NetworkIntegrationTest::json)
                .filter(event -> "AGENCY".equals(event.get("scope"))
                        || busy.id().toString().equals(professionalId(event))).count() >= 2);
        List<Map<String, Object>> events = alerts.stream().map(NetworkIntegrationTest::json)
                .filter(event -> "AGENCY".equals(event.get("scope")) || busy.id().toString().equals(professionalId(event)))
                .toList();
        assertThat(events).anySatisfy(event -> assertThat(event)
                .containsEntry("scope", "PROFESSIONAL").containsEntry("agency", AGENCY)
                .containsEntry("lookupsToday", 2).containsEntry("alertLevel", 2).containsEntry("dailyLimit", 3)
                .containsEntry("day", LocalDate.now(ZoneOffset.UTC).toString()));
        assertThat(events).anySatisfy(event -> assertThat(event)
                .containsEntry("scope", "AGENCY").containsEntry("professional", null)
                .containsEntry("lookupsToday", 4).containsEntry("dailyLimit", 5));
        assertThat(events).filteredOn(event -> "PROFESSIONAL".equals(event.get("scope"))).hasSize(1);
    }

    @Test
    void countersOfWindowsThatEndedOverADayAgoAreForgotten() {
        jdbc.sql("""
                        INSERT INTO rate_limit_window (limit_key, window_start, window_end, used)
                        VALUES ('test:old', now() - interval '3 days', now() - interval '2 days', 7),
                               ('test:recent', now() - interval '1 hour', now() + interval '1 hour', 7)""").update();

        limits.forgetWindowsEndedBefore(Instant.now().minus(Duration.ofDays(1)));

        assertThat(jdbc.sql("SELECT limit_key FROM rate_limit_window WHERE limit_key LIKE 'test:%'")
                .query(String.class).list()).containsExactly("test:recent");
    }

    @SuppressWarnings("unchecked")
    private static String professionalId(Map<String, Object> event) {
        Map<String, Object> professional = (Map<String, Object>) event.get("professional");
        return professional == null ? null : (String) professional.get("id");
    }

    private ConfigurableApplicationContext startAgain() {
        return new SpringApplicationBuilder(ClientNetworkApplication.class)
                .initializers(new PatchworkTestInfrastructure())
                .run("--server.port=0", "--spring.datasource.hikari.maximum-pool-size=2",
                        "--patchwork.network.lookups-per-day=3",
                        "--patchwork.network.unusual-lookups-per-day=2", "--patchwork.network.agency-lookups-per-day=5",
                        "--patchwork.network.unusual-agency-lookups-per-day=4",
                        "--patchwork.network.directory-url=" + DIRECTORY.baseUrl(),
                        "--patchwork.network.schedule-url=" + SCHEDULE.baseUrl());
    }

    private static ResponseEntity<Map<String, Object>> lookup(int port, Pro caller, String familyName) {
        ResponseEntity<String> raw = TestApi.exchange(TestApi.client(port), HttpMethod.POST, "/api/clients/lookup",
                caller.bearer(), Map.of("familyName", familyName, "dateOfBirth", "2011-03-04",
                        "reason", "Checking before a school referral"));
        return ResponseEntity.status(raw.getStatusCode()).headers(raw.getHeaders()).body(TestApi.json(raw.getBody()));
    }
}
