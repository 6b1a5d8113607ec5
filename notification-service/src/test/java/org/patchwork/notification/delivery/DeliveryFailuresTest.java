package org.patchwork.notification.delivery;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeliveryFailuresTest extends NotificationIntegrationTest {

    @Test
    void aProviderFailingForAWhileIsRetriedUntilItTakesTheMessageOnce() {
        UUID heldByNotify = UUID.randomUUID();
        NOTIFY.resetAll();
        NOTIFY.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(held(heldByNotify)));
        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).inScenario("down").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("still down"));
        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).inScenario("down").whenScenarioStateIs("still down")
                .willReturn(aResponse().withStatus(429)).willSetStateTo("slow"));
        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).inScenario("down").whenScenarioStateIs("slow")
                .willReturn(accepted("from_number", "Patchwork").withFixedDelay(3_000)).willSetStateTo("up"));
        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).inScenario("down").whenScenarioStateIs("up")
                .willReturn(accepted("from_number", "Patchwork")));
        Pro author = professional("Demo Author");
        Pro nurse = professional("Demo Nurse");
        UUID clientId = UUID.randomUUID();
        publish("network.attentions", "AttentionRaised", clientId, with(
                clientEvent(clientId, author, List.of(author, nurse), author), "priority", "URGENT"));

        await().until(() -> notificationsTo(nurse).stream().allMatch(row -> "SENT".equals(row.get("status"))));
        Map<String, Object> sms = jdbc.sql("""
                        SELECT id, attempts, provider_reference FROM notification
                        WHERE recipient_id = :id AND channel = 'SMS'""")
                .param("id", nurse.id()).query().singleRow();
        assertThat(smsTo(nurse)).as("500, 429, then accepted but slower than the 2 s timeout").hasSize(3);
        assertThat(NOTIFY.findAll(getRequestedFor(urlPathEqualTo(LIST_PATH))
                .withQueryParam("reference", equalTo(sms.get("id").toString()))))
                .as("after the timeout Notify was asked, and had it").hasSize(1);
        assertThat(sms).containsEntry("attempts", 4).containsEntry("provider_reference", heldByNotify.toString());
        assertThat(emailsTo(nurse)).hasSize(1);
    }

    @Test
    void aMessageTheProviderRejectsIsDeadAndVisibleNotRetried() throws Exception {
        NOTIFY.resetAll();
        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"error\":\"ValidationError\",\"message\":\"phone_number Not a UK mobile number\"}],\"status_code\":400}")));
        // On a busy machine the refusal may arrive after the client's timeout: the attempt's outcome is then unknown,
        // Notify is asked whether it holds the message (it does not) and it is sent again, to the same refusal.
        NOTIFY.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(held()));
        Pro author = professional("Demo Author");
        Pro nurse = professional("Demo Nurse");
        noAccessReportedBy(author, nurse);

        await().until(() -> notificationsTo(nurse).stream().anyMatch(row -> "DEAD".equals(row.get("status"))));
        Map<String, Object> dead = notificationsTo(nurse).stream().filter(row -> "SMS".equals(row.get("channel")))
                .findFirst().orElseThrow();
        // DEAD is final: the dispatcher only picks PENDING, SENDING and FAILED rows. Each attempt reached Notify once,
        // and the first refusal that came back in time was the last attempt.
        assertThat(dead).containsEntry("status", "DEAD");
        assertThat(smsTo(nurse)).hasSize(((Number) dead.get("attempts")).intValue());
        assertThat(dead.get("last_error").toString()).contains("400").doesNotContain(nurse.mobile());

        TestUser operator = TestKeycloak.get().createUser(null, "Demo", "Operator", "platform-admin");
        ResponseEntity<String> listed = api().get().uri("/api/notifications/dead?limit=500")
                .header(HttpHeaders.AUTHORIZATION, operator.bearer()).retrieve().toEntity(String.class);
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        assertThat(listed.getBody()).contains(nurse.id().toString()).contains("NO_ACCESS")
                .doesNotContain(nurse.mobile()).doesNotContain(nurse.email());

        ResponseEntity<Map<String, Object>> practitioner = call(HttpMethod.GET, "/api/notifications/dead",
                professionalWithLogin("Demo", "Practitioner"), null);
        assertThat(practitioner.getStatusCode().value()).isEqualTo(403);
    }
}
