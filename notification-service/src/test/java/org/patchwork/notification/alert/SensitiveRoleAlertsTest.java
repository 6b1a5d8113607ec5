package org.patchwork.notification.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Once a professional's role is flagged as sensitive, this service keeps no number of theirs, and no alert to anyone
 * that names them or follows something they did carries their mobile.
 */
class SensitiveRoleAlertsTest extends NotificationIntegrationTest {

    @Test
    void noAlertNamingOrFollowingASensitiveProfessionalCarriesTheirMobile() throws Exception {
        String agency = "refuge-" + UUID.randomUUID().toString().substring(0, 8);
        Pro officer = professional("Example Governance Officer", agency, true);
        Pro keyworker = professional("Sample Refuge Keyworker", agency, false);
        Pro colleague = professional(agency, "Sample Health Visitor");
        UUID flagged = UUID.randomUUID();
        Map<String, Object> throughDuty = new HashMap<>(Map.of("id", keyworker.id(),
                "keycloakSubject", keyworker.subject(), "agency", agency, "name", "Sample Refuge Keyworker",
                "email", keyworker.email(), "preferredContact", "EMAIL", "status", "ACTIVE",
                "contactThroughDuty", true, "dutyPhone", "01543 300111", "dutyEmail", "duty@" + agency + ".example"));
        throughDuty.put("workPhone", null);
        throughDuty.put("mobile", null);
        publish("directory.professionals", "ProfessionalUpdated", keyworker.id(),
                Map.of("eventId", flagged, "occurredAt", Instant.now(), "professional", throughDuty));
        awaitConsumed(flagged);

        publish("network.lookups", "UnusualLookupVolume", agency, new HashMap<>(Map.of("eventId", UUID.randomUUID(),
                "occurredAt", Instant.now(), "agency", agency, "scope", "PROFESSIONAL",
                "day", LocalDate.of(2026, 12, 7).toString(), "lookupsToday", 50, "alertLevel", 50, "dailyLimit", 100,
                "professional", Map.of("id", keyworker.id(), "keycloakSubject", keyworker.subject(), "agency", agency))));
        noAccessReportedBy(keyworker, colleague);

        await().atMost(Duration.ofSeconds(90)).until(() -> emailsTo(officer).size() == 1
                && !notificationsTo(colleague).isEmpty());
        assertThat(content(emailsTo(officer).getFirst())).contains("Sample Refuge Keyworker")
                .doesNotContain(keyworker.mobile());
        assertThat(jdbc.sql("SELECT mobile FROM professional WHERE id = :id").param("id", keyworker.id())
                .query().singleRow().get("mobile")).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE body LIKE :mobile OR subject LIKE :mobile")
                .param("mobile", "%" + keyworker.mobile() + "%").query(Long.class).single()).isZero();
        assertThat(NOTIFY.findAll(postRequestedFor(urlEqualTo(SMS_PATH))))
                .noneSatisfy(request -> assertThat(request.getBodyAsString()).contains(keyworker.mobile()));
        assertThat(notificationsTo(colleague)).allSatisfy(row -> assertThat((String) row.get("body"))
                .doesNotContain(keyworker.mobile()));
    }
}
