package org.patchwork.deploy.observability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules in {@code deploy/observability/} are valid Prometheus rules ({@code promtool check rules}) and
 * behave as their unit tests say ({@code promtool test rules}: cases that fire and cases that stay quiet). promtool
 * comes with Debian's {@code prometheus} package, which {@code .ci/run} installs: without it this test fails.
 */
class AlertRulesTest {

    private static final Path OBSERVABILITY = Path.of("observability").toAbsolutePath();

    @Test
    void theAlertRulesAreValidPrometheusRules() throws Exception {
        Result check = promtool("check", "rules", "alerts.yml");

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: 7 rules found");
    }

    @Test
    void eachAlertFiresWhenItShouldAndStaysQuietOtherwise() throws Exception {
        Result tests = promtool("test", "rules", "alerts.test.yml");

        assertThat(tests.exitCode()).as(tests.output()).isZero();
        assertThat(tests.output()).contains("SUCCESS");
    }

    @Test
    void aRuleThatMisbehavesIsCaughtByTheRuleTests() throws Exception {
        Path broken = Files.createTempDirectory("patchwork-rules");
        Files.writeString(broken.resolve("alerts.yml"), Files.readString(OBSERVABILITY.resolve("alerts.yml"))
                .replace("expr: max(patchwork_notifications_dead) > 0", "expr: max(patchwork_notifications_dead) > 1"));
        Files.copy(OBSERVABILITY.resolve("alerts.test.yml"), broken.resolve("alerts.test.yml"));

        Result tests = promtool(broken, "test", "rules", "alerts.test.yml");

        assertThat(tests.exitCode()).isNotZero();
        assertThat(tests.output()).contains("DeadAlerts");
    }

    @Test
    void theDashboardQueriesEveryGoldenSignal() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(OBSERVABILITY.resolve("grafana-dashboard.json").toFile());
        List<String> queries = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> panel.get("targets")
                .forEach(target -> queries.add(target.get("expr").asString())));

        assertThat(dashboard.get("uid").asString()).isEqualTo("patchwork-golden-signals");
        assertThat(String.join("\n", queries)).contains("http_server_requests_seconds_count",
                "status=~\"5..\"", "http_server_requests_seconds_bucket", "hikaricp_connections_pending",
                "patchwork_outbox_oldest_age_seconds", "kafka_consumer_fetch_manager_records_lag_max",
                "patchwork_alerts_deliveries_total", "patchwork_notifications_provider_calls_seconds_bucket",
                "patchwork_sign_ins_failed_total", "up{job=\"patchwork\"}");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result promtool(String... arguments) throws Exception {
        return promtool(OBSERVABILITY, arguments);
    }

    private static Result promtool(Path directory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("promtool is missing: install Debian's prometheus package (.ci/run does)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
