package org.patchwork.notification.subjectaccess;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.patchwork.platform.test.TestKeycloak;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An IG officer of an agency involved with a client gets the alerts sent about that client for a subject access
 * export: what kind, when, to which role and agency; never their text, and nothing about another client.
 */
class AlertsExportTest extends NotificationIntegrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void anInvolvedAgencysOfficerGetsTheAlertsAboutTheClientWithoutTheirTextAndNothingAboutAnotherClient() {
        String agency = "lichfield-dc";
        String elsewhere = "sar-" + UUID.randomUUID().toString().substring(0, 8);
        Pro visitor = professional(agency, "Sample Family Worker");
        Pro colleague = professional(elsewhere, "Sample School Nurse");
        Pro stranger = professional(elsewhere, "Sample Youth Worker");
        UUID client = UUID.randomUUID();
        UUID otherClient = UUID.randomUUID();
        publish("schedule.visits", "VisitNoAccess", client, with(clientEvent(client, visitor,
                List.of(visitor, colleague), visitor), "visit", Map.of("visitor", ref(visitor))));
        publish("schedule.visits", "VisitNoAccess", otherClient, with(clientEvent(otherClient, stranger,
                List.of(stranger, colleague), stranger), "visit", Map.of("visitor", ref(stranger))));
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(
                        "SELECT count(DISTINCT client_id) FROM notification WHERE recipient_id = :id")
                .param("id", colleague.id()).query(Long.class).single() == 2);
        Pro officer = new Pro(null, null, null, null, TestKeycloak.get().createUser(agency, "Example",
                "Governance Officer", "practitioner", "ig-officer"));
        Pro practitioner = new Pro(null, null, null, null, TestKeycloak.get().createUser(agency, "Sample",
                "Practitioner", "practitioner"));

        ResponseEntity<Map<String, Object>> export = call(HttpMethod.GET,
                "/api/clients/" + client + "/subject-access-export", officer, null);

        assertThat(export.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> alerts = (List<Map<String, Object>>) export.getBody().get("alerts");
        assertThat(alerts).isNotEmpty().allSatisfy(alert -> assertThat(alert)
                .containsEntry("kind", "NO_ACCESS").containsKeys("createdAt", "channel", "status"));
        assertThat(alerts).anySatisfy(alert -> assertThat(alert).containsEntry("recipientRole", "MEMBER")
                .containsEntry("recipientAgency", elsewhere));
        String raw = export.getBody().toString();
        assertThat(raw).doesNotContain(otherClient.toString(), "got no answer", colleague.email(),
                colleague.id().toString());
        assertThat(call(HttpMethod.GET, "/api/clients/" + otherClient + "/subject-access-export", officer, null)
                .getStatusCode().value()).as("a client the officer's agency is not involved with").isEqualTo(404);
        assertThat(call(HttpMethod.GET, "/api/clients/" + client + "/subject-access-export", practitioner, null)
                .getStatusCode().value()).isEqualTo(403);
    }
}
