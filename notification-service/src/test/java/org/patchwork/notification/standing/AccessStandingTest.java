package org.patchwork.notification.standing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.patchwork.platform.security.standing.DirectoryStanding;
import org.patchwork.platform.test.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A professional who left their agency, and the staff of a suspended agency, get no alert and are refused by the
 * alerts API; reinstating the agency lets its staff back in and alerts reach them again.
 */
class AccessStandingTest extends NotificationIntegrationTest {

    private static final Duration DIRECTORY_EVENT = Duration.ofSeconds(60);

    @Autowired
    DirectoryStanding standing;

    @Test
    void aSuspendedAgencysStaffGetNoAlertAndNoAlertsApiUntilItIsReinstated() {
        String agency = "sample-suspended-" + UUID.randomUUID().toString().substring(0, 8);
        Pro author = professional("Demo Author");
        Pro nurse = professional("Demo Nurse");
        Pro suspended = professionalWithLogin(agency, "Sample", "Suspended Worker");
        assertThat(call(HttpMethod.GET, "/api/me/notifications", suspended, null).getStatusCode().value())
                .isEqualTo(200);

        TestEvents.publishAgencyEvent("AgencySuspended", agency, "SUSPENDED");
        await().atMost(DIRECTORY_EVENT).until(() -> standing.isSuspended(agency));

        alertsApi(suspended).forEach(response -> assertRefused(response, "agency-suspended"));
        UUID clientId = UUID.randomUUID();
        publish("network.attentions", "AttentionRaised", clientId, with(
                clientEvent(clientId, author, List.of(author, nurse, suspended), author), "priority", "URGENT"));
        await().until(() -> emailsTo(nurse).size() == 1 && smsTo(nurse).size() == 1);
        assertThat(notificationsTo(suspended)).isEmpty();
        assertThat(emailsTo(suspended)).isEmpty();
        assertThat(smsTo(suspended)).isEmpty();

        TestEvents.publishAgencyEvent("AgencyOnboarded", agency, "ONBOARDED");
        await().atMost(DIRECTORY_EVENT).until(() -> !standing.isSuspended(agency));

        assertThat(call(HttpMethod.GET, "/api/me/notifications", suspended, null).getStatusCode().value())
                .isEqualTo(200);
        UUID later = UUID.randomUUID();
        publish("network.attentions", "AttentionRaised", later, with(
                clientEvent(later, author, List.of(author, nurse, suspended), author), "priority", "NORMAL"));
        await().until(() -> emailsTo(suspended).size() == 1);
    }

    @Test
    void aProfessionalWhoLeftIsRefusedByTheAlertsApi() {
        Pro leaver = professionalWithLogin("Sample", "Leaving Nurse");
        assertThat(call(HttpMethod.GET, "/api/me/notifications", leaver, null).getStatusCode().value())
                .isEqualTo(200);

        professionalLeft(leaver);
        await().atMost(DIRECTORY_EVENT).until(() -> standing.hasLeft(leaver.subject()));

        alertsApi(leaver).forEach(response -> assertRefused(response, "professional-left"));
    }

    /** What was sent to me, and my alert settings (read and change). */
    private List<ResponseEntity<Map<String, Object>>> alertsApi(Pro caller) {
        return List.of(
                call(HttpMethod.GET, "/api/me/notifications", caller, null),
                call(HttpMethod.GET, "/api/me/notification-preferences", caller, null),
                call(HttpMethod.PUT, "/api/me/notification-preferences", caller, Map.of("dailyDigest", true)));
    }

    private static void assertRefused(ResponseEntity<Map<String, Object>> response, String problem) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("type", "https://patchwork.example/problems/" + problem);
    }
}
