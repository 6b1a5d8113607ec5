package org.patchwork.notification.alert;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A burst of alerts of one kind about one client reaches each recipient once per channel within the window. */
@TestPropertySource(properties = "patchwork.notifications.coalesce-within=10m")
class AlertCoalescingTest extends NotificationIntegrationTest {

    @Test
    void fortyUrgentAttentionsInSecondsSendOneEmailAndOneSmsPerMemberAndKeepTheRestInTheHistory() {
        Pro author = professional("Demo Burst Author");
        Pro nurse = professional("Demo Burst Nurse");
        UUID clientId = UUID.randomUUID();
        UUID otherClient = UUID.randomUUID();
        Object last = null;
        for (int i = 0; i < 40; i++) {
            Map<String, Object> event = with(clientEvent(clientId, author, List.of(author, nurse), author),
                    "attentionId", UUID.randomUUID(), "professional", ref(author), "priority", "URGENT");
            publish("network.attentions", "AttentionRaised", clientId, event);
            last = event.get("eventId");
        }
        Map<String, Object> aboutAnotherClient = with(clientEvent(otherClient, author, List.of(author, nurse), author),
                "attentionId", UUID.randomUUID(), "professional", ref(author), "priority", "URGENT");
        publish("network.attentions", "AttentionRaised", otherClient, aboutAnotherClient);
        awaitConsumed(last);
        awaitConsumed(aboutAnotherClient.get("eventId"));

        await().atMost(Duration.ofSeconds(60)).until(() -> emailsTo(nurse).size() >= 2 && smsTo(nurse).size() >= 2);
        List<Map<String, Object>> rows = notificationsTo(nurse);
        assertThat(rows).hasSize(82);
        assertThat(rows).filteredOn(row -> "COALESCED".equals(row.get("status"))).hasSize(78);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM notification
                        WHERE recipient_id = :nurse AND client_id = :client AND status <> 'COALESCED'""")
                .param("nurse", nurse.id()).param("client", clientId).query(Long.class).single()).isEqualTo(2);
        assertThat(emailsTo(nurse)).hasSize(2);
        assertThat(smsTo(nurse)).hasSize(2);
        assertThat(emailsTo(author)).isEmpty();
    }
}
