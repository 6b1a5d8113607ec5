package org.patchwork.notification.preference;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.patchwork.notification.delivery.DailyDigest;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PreferencesTest extends NotificationIntegrationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    DailyDigest digest;

    @Test
    void aNewcomerHasEmailForEverythingAndSmsAlsoForWhatCannotWait() {
        Pro nurse = professionalWithLogin("Demo", "Nurse");
        ResponseEntity<Map<String, Object>> preferences = call(HttpMethod.GET, "/api/me/notification-preferences",
                nurse, null);
        assertThat(preferences.getStatusCode().value()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> channels = (Map<String, Object>) preferences.getBody().get("channels");
        assertThat(channels.get("ATTENTION")).isEqualTo("EMAIL");
        assertThat(channels.get("URGENT_ATTENTION")).isEqualTo("BOTH");
        assertThat(channels.get("NO_ACCESS")).isEqualTo("BOTH");
        assertThat(channels).doesNotContainKey("DAILY_DIGEST");
        assertThat(preferences.getBody().get("quietHours"))
                .isEqualTo(Map.of("from", "21:00:00", "until", "07:00:00", "timeZone", "Europe/London"));
        assertThat(preferences.getBody().get("dailyDigest")).isEqualTo(false);
    }

    @Test
    void someoneTheDirectoryHasNotToldUsAboutYetIsToldToTryAgainShortly() {
        TestUser newcomer = TestKeycloak.get().createUser("lichfield-dc", "Demo", "Newcomer", "practitioner");
        Pro unknown = new Pro(UUID.randomUUID(), newcomer.id(), null, null, newcomer);

        for (String path : List.of("/api/me/notification-preferences", "/api/me/notifications")) {
            ResponseEntity<Map<String, Object>> answer = call(HttpMethod.GET, path, unknown, null);
            assertThat(answer.getStatusCode().value()).isEqualTo(404);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(answer.getBody().get("detail").toString()).contains("after a first sign-in")
                    .contains("try again shortly");
        }
        assertThat(call(HttpMethod.PUT, "/api/me/notification-preferences", unknown,
                preferences(Map.of("ATTENTION", "SMS"), "21:00", "07:00", false)).getStatusCode().value())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM professional WHERE keycloak_subject = :s")
                .param("s", newcomer.id()).query(Long.class).single()).isZero();
    }

    @Test
    void chosenChannelsDecideHowAlertsArrive() {
        Pro nurse = professionalWithLogin("Demo", "Nurse");
        Pro author = professional("Demo Author");
        ResponseEntity<Map<String, Object>> saved = call(HttpMethod.PUT, "/api/me/notification-preferences", nurse,
                preferences(Map.of("ATTENTION", "SMS", "MEMBER_JOINED", "NONE"), "00:00", "00:00", false));
        assertThat(saved.getStatusCode().value()).as("%s", saved.getBody()).isEqualTo(200);
        assertThat(((Map<?, ?>) call(HttpMethod.GET, "/api/me/notification-preferences", nurse, null).getBody()
                .get("channels")).get("ATTENTION")).isEqualTo("SMS");

        UUID clientId = UUID.randomUUID();
        publish("network.memberships", "MemberJoinedNetwork", clientId, with(
                clientEvent(clientId, author, List.of(nurse, author), nurse), "professional", ref(author),
                "flaggedForIgReview", false));
        publish("network.attentions", "AttentionRaised", clientId, with(
                clientEvent(clientId, author, List.of(nurse, author), nurse), "priority", "NORMAL"));

        await().until(() -> smsTo(nurse).size() == 1);
        assertThat(emailsTo(nurse)).isEmpty();
        assertThat(notificationsTo(nurse)).extracting(row -> row.get("kind")).containsExactly("ATTENTION");
    }

    @Test
    void badPreferencesAreRefusedWithAProblem() {
        Pro nurse = professionalWithLogin("Demo", "Nurse");
        ResponseEntity<Map<String, Object>> badZone = call(HttpMethod.PUT, "/api/me/notification-preferences", nurse,
                preferences(Map.of(), "21:00", "07:00", false, "Middle/Earth"));
        assertThat(badZone.getStatusCode().value()).isEqualTo(400);
        assertThat(badZone.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(badZone.getBody().get("detail").toString()).contains("Middle/Earth");

        ResponseEntity<Map<String, Object>> badKind = call(HttpMethod.PUT, "/api/me/notification-preferences", nurse,
                preferences(Map.of("GOSSIP", "SMS"), "21:00", "07:00", false));
        assertThat(badKind.getStatusCode().value()).isEqualTo(400);

        assertThat(call(HttpMethod.GET, "/api/me/notification-preferences", null, null).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void noSmsDuringQuietHoursUnlessUrgent() {
        Pro nurse = professionalWithLogin("Demo", "Nurse");
        Pro author = professional("Demo Author");
        call(HttpMethod.PUT, "/api/me/notification-preferences", nurse,
                preferences(Map.of("ATTENTION", "BOTH"), "21:00", "07:00", false));
        ZonedDateTime lateEvening = LocalDate.now(LONDON).plusDays(1).atTime(23, 30).atZone(LONDON);
        clock.shiftTo(lateEvening.toInstant());

        UUID clientId = UUID.randomUUID();
        publish("network.attentions", "AttentionRaised", clientId, with(
                clientEvent(clientId, author, List.of(nurse, author), nurse), "priority", "NORMAL"));
        await().until(() -> emailsTo(nurse).size() == 1);
        publish("network.attentions", "AttentionRaised", clientId, with(
                clientEvent(clientId, author, List.of(nurse, author), nurse), "priority", "URGENT"));
        await().until(() -> smsTo(nurse).size() == 1);
        assertThat(smsText(smsTo(nurse).getFirst())).contains("urgent");
        assertThat(jdbc.sql("""
                        SELECT next_attempt_at FROM notification
                        WHERE recipient_id = :id AND channel = 'SMS' AND status = 'PENDING'""")
                .param("id", nurse.id()).query(java.time.OffsetDateTime.class).single().toInstant())
                .isEqualTo(lateEvening.toLocalDate().plusDays(1).atTime(7, 0).atZone(LONDON).toInstant());

        clock.shiftTo(lateEvening.toLocalDate().plusDays(1).atTime(7, 1).atZone(LONDON).toInstant());
        await().until(() -> smsTo(nurse).size() == 2);
        assertThat(smsText(smsTo(nurse).get(1))).startsWith("A colleague raised an attention");
    }

    @Test
    void lowPriorityAlertsWaitForOneDailyDigest() throws Exception {
        Pro nurse = professionalWithLogin("Demo", "Nurse");
        Pro author = professional("Demo Author");
        call(HttpMethod.PUT, "/api/me/notification-preferences", nurse,
                preferences(Map.of(), "21:00", "07:00", true));

        UUID clientId = UUID.randomUUID();
        publish("network.memberships", "MemberJoinedNetwork", clientId, with(
                clientEvent(clientId, author, List.of(nurse, author), nurse), "professional", ref(author),
                "flaggedForIgReview", false));
        publish("network.attentions", "AttentionRaised", clientId, with(
                clientEvent(clientId, author, List.of(nurse, author), nurse), "priority", "NORMAL"));
        await().until(() -> emailsTo(nurse).size() == 1);
        assertThat(emailsTo(nurse).getFirst().getSubject()).isEqualTo("Patchwork: an attention was raised");
        assertThat(notificationsTo(nurse)).anySatisfy(row -> assertThat(row).containsEntry("kind", "MEMBER_JOINED")
                .containsEntry("status", "AWAITING_DIGEST"));

        LocalDate today = LocalDate.now(LONDON);
        assertThat(digest.sendDigests(today)).isGreaterThanOrEqualTo(1);
        digest.sendDigests(today);
        await().until(() -> emailsTo(nurse).size() == 2);
        Thread.sleep(1_000);
        assertThat(emailsTo(nurse)).hasSize(2);
        assertThat(emailsTo(nurse).get(1).getSubject()).isEqualTo("Patchwork: your daily summary (1 update)");
        assertThat(content(emailsTo(nurse).get(1))).contains("A professional joined the team supporting a client (J.S.)");
        assertThat(notificationsTo(nurse)).anySatisfy(row -> assertThat(row).containsEntry("kind", "MEMBER_JOINED")
                .containsEntry("status", "DIGESTED"));
    }

    @Test
    void myHistoryShowsWhatWasSentAndWhetherItArrived() {
        Pro nurse = professionalWithLogin("Demo", "Nurse");
        Pro author = professional("Demo Author");
        UUID clientId = UUID.randomUUID();
        publish("network.attentions", "AttentionRaised", clientId, with(
                clientEvent(clientId, author, List.of(nurse, author), nurse), "priority", "URGENT"));
        await().until(() -> emailsTo(nurse).size() == 1 && smsTo(nurse).size() == 1);
        await().until(() -> notificationsTo(nurse).stream().allMatch(row -> "SENT".equals(row.get("status"))));

        ResponseEntity<Map<String, Object>> page = call(HttpMethod.GET, "/api/me/notifications?size=1", nurse, null);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody().get("totalItems")).isEqualTo(2);
        List<?> items = (List<?>) page.getBody().get("items");
        assertThat(items).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> latest = (Map<String, Object>) items.getFirst();
        assertThat(latest).containsEntry("status", "SENT")
                .containsEntry("kind", "URGENT_ATTENTION").containsKey("sentAt");
        assertThat(call(HttpMethod.GET, "/api/me/notifications", author.user() == null ? null : author, null)
                .getStatusCode().value()).isEqualTo(401);
    }

    private static Map<String, Object> preferences(Map<String, String> channels, String from, String until,
                                                   boolean digest) {
        return preferences(channels, from, until, digest, "Europe/London");
    }

    private static Map<String, Object> preferences(Map<String, String> channels, String from, String until,
                                                   boolean digest, String zone) {
        return Map.of("channels", channels, "quietHours", Map.of("from", from, "until", until, "timeZone", zone),
                "dailyDigest", digest);
    }
}
