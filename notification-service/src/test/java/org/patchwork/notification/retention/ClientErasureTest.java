package org.patchwork.notification.retention;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ClientRecordsErased (the end of a closed client's retention period): the copies about the client go, and the alerts
 * sent about them stay only as what operators need (kind, channel, recipient, status, times), without the client.
 * Another client's rows are untouched; a second delivery changes nothing.
 */
class ClientErasureTest extends NotificationIntegrationTest {

    @Test
    void anErasedClientsCopiesGoAndTheirAlertsKeepOnlyWhatOperatorsNeed() {
        Pro lead = professional("Erasure Lead");
        Pro nurse = professional("Erasure Nurse");
        Pro invitee = professional("Erasure Invitee");
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        for (UUID clientId : List.of(erased, other)) {
            Map<String, Object> invited = with(clientEvent(clientId, lead, List.of(lead, nurse), lead),
                    "invitationId", UUID.randomUUID(), "invitee", ref(invitee), "invitedBy", ref(lead));
            Map<String, Object> noAccess = with(clientEvent(clientId, nurse, List.of(lead, nurse), lead),
                    "visit", Map.of("visitId", UUID.randomUUID(), "visitor", ref(nurse)));
            publish("network.memberships", "InvitationSent", clientId, invited);
            publish("schedule.visits", "VisitNoAccess", clientId, noAccess);
            awaitConsumed(invited.get("eventId"));
            awaitConsumed(noAccess.get("eventId"));
            await().until(() -> allSent(clientId));
        }
        List<Map<String, Object>> sentAboutErased = alertsAbout(erased);
        List<Map<String, Object>> otherBefore = alertsAbout(other);

        UUID eventId = UUID.randomUUID();
        Map<String, Object> erasure = Map.of("eventId", eventId, "clientId", erased);
        publish("network.clients", "ClientRecordsErased", erased, erasure);
        publish("network.clients", "ClientRecordsErased", erased, erasure);
        awaitConsumed(eventId);

        assertThat(count("notification", erased)).as("no alert names the client").isZero();
        assertThat(count("open_invitation", erased)).isZero();
        assertThat(count("network", erased)).isZero();
        assertThat(count("network_member", erased)).isZero();
        List<Map<String, Object>> kept = jdbc.sql("""
                        SELECT kind, channel, recipient_id, status, subject, body, link FROM notification
                        WHERE event_id IN (:eventIds) ORDER BY kind, recipient_id, channel""")
                .param("eventIds", sentAboutErased.stream().map(row -> row.get("event_id")).toList())
                .query().listOfRows();
        assertThat(kept).as("each alert sent stays, as operators' record of it").hasSize(sentAboutErased.size())
                .allSatisfy(row -> assertThat(row).containsEntry("status", "SENT")
                        .containsEntry("subject", ClientErasure.ERASED_SUBJECT).containsEntry("body", "")
                        .containsEntry("link", ""));
        assertThat(kept).extracting(row -> row.get("kind"))
                .containsExactlyElementsOf(sentAboutErased.stream().map(row -> row.get("kind")).toList());

        assertThat(alertsAbout(other)).as("the other client's alerts").isEqualTo(otherBefore);
        assertThat(count("open_invitation", other)).isEqualTo(1);
        assertThat(count("network", other)).isEqualTo(1);
    }

    /** The alerts about the client, for the invitee and the lead at least, have all been sent. */
    private boolean allSent(UUID clientId) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'SENT') >= 2 AND count(*) FILTER (WHERE status <> 'SENT') = 0
                        FROM notification WHERE client_id = :c""")
                .param("c", clientId).query(Boolean.class).single();
    }

    private List<Map<String, Object>> alertsAbout(UUID clientId) {
        return jdbc.sql("""
                        SELECT event_id, kind, channel, recipient_id, status, subject, body, link FROM notification
                        WHERE client_id = :c ORDER BY kind, recipient_id, channel""")
                .param("c", clientId).query().listOfRows();
    }

    private long count(String table, UUID clientId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE client_id = :c").param("c", clientId)
                .query(Long.class).single();
    }
}
