package org.patchwork.notification.delivery;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A message that may have reached GOV.UK Notify without our hearing back (its dispatcher died mid-send, or the
 * connection broke) is looked up at Notify by its reference before it is sent again.
 */
class UnknownOutcomeTest extends NotificationIntegrationTest {

    @Autowired
    Dispatcher dispatcher;

    @Test
    void aMessageLeftMidSendByADispatcherThatDiedIsNotSentAgainWhenNotifyHasIt() throws Exception {
        UUID heldByNotify = UUID.randomUUID();
        NOTIFY.stubFor(get(urlPathEqualTo(LIST_PATH)).atPriority(1).willReturn(held(heldByNotify)));
        Pro author = professional("Demo Author");
        Pro nurse = professional("Demo Nurse");
        UUID clientId = UUID.randomUUID();

        dispatcher.stop();
        try {
            publish("network.attentions", "AttentionRaised", clientId, with(
                    clientEvent(clientId, author, List.of(author, nurse), author), "priority", "URGENT"));
            await().until(() -> notificationsTo(nurse).size() == 2);
            // As a dispatcher leaves them when it dies after handing them over: SENDING, and the lease has run out.
            jdbc.sql("""
                            UPDATE notification SET status = 'SENDING', next_attempt_at = now() - interval '1 second'
                            WHERE recipient_id = :id""")
                    .param("id", nurse.id()).update();
        } finally {
            dispatcher.start();
        }

        await().until(() -> notificationsTo(nurse).stream().allMatch(row -> "SENT".equals(row.get("status"))));
        Map<String, Object> sms = notification(nurse, "SMS");
        assertThat(NOTIFY.findAll(getRequestedFor(urlPathEqualTo(LIST_PATH))
                .withQueryParam("reference", equalTo(sms.get("id").toString())))).hasSize(1);
        assertThat(smsTo(nurse)).as("Notify had it already").isEmpty();
        assertThat(sms).containsEntry("provider_reference", heldByNotify.toString());

        Map<String, Object> email = notification(nurse, "EMAIL");
        assertThat(emailsTo(nurse)).as("SMTP cannot be asked: the email goes, with the Message-ID any earlier copy had")
                .singleElement().satisfies(message -> assertThat(message.getMessageID())
                        .isEqualTo("<" + email.get("id") + "@patchwork.example>"));
    }

    @Test
    void aMessageWhoseConnectionBrokeIsSentAgainOnceNotifySaysItDoesNotHaveIt() {
        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).atPriority(1).inScenario("reset")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        Pro author = professional("Demo Author");
        Pro nurse = professional("Demo Nurse");
        noAccessReportedBy(author, nurse);

        await().until(() -> notificationsTo(nurse).stream().allMatch(row -> "SENT".equals(row.get("status"))));
        Map<String, Object> sms = notification(nurse, "SMS");
        assertThat(NOTIFY.findAll(getRequestedFor(urlPathEqualTo(LIST_PATH))
                .withQueryParam("reference", equalTo(sms.get("id").toString())))).hasSize(1);
        assertThat(smsTo(nurse)).as("the broken attempt, then the one Notify accepted").hasSize(2);
        assertThat(sms).containsEntry("attempts", 2);
    }

    private Map<String, Object> notification(Pro recipient, String channel) {
        return jdbc.sql("""
                        SELECT id, attempts, provider_reference FROM notification
                        WHERE recipient_id = :id AND channel = :channel""")
                .param("id", recipient.id()).param("channel", channel).query().singleRow();
    }
}
