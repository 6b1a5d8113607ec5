package org.patchwork.schedule.calendar;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.schedule.ScheduleIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedTest extends ScheduleIntegrationTest {

    Pro nurse;
    Pro lead;

    @BeforeAll
    void professionals() {
        nurse = professional("nhs-primary-care", "Sample", "Community Nurse");
        lead = professional("lichfield-dc", "Sample", "Lead Practitioner");
    }

    @Test
    void theSecretFeedIsAValidCalendarOfMyVisitsNamingClientsByInitialsOnly() throws Exception {
        UUID clientId = network(lead, nurse);
        UUID visitId = scheduleVisit(nurse, clientId, Instant.now().plus(Duration.ofDays(2)));
        String url = (String) post("/api/me/calendar-feed", nurse, null).getBody().get("url");
        String path = url.substring(url.indexOf("/api/calendar/"));

        ResponseEntity<String> feed = fetch(path, null);

        assertThat(feed.getStatusCode().value()).isEqualTo(200);
        assertThat(feed.getHeaders().getContentType().toString()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getBody()));
        assertThat(calendar.validate().getEntries()).isEmpty();
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent visit = events.stream()
                .filter(event -> event.getUid().orElseThrow().getValue().startsWith(visitId.toString()))
                .findFirst().orElseThrow();
        assertThat(visit.getSummary().getValue()).isEqualTo("Home visit – S.Q.");
        assertThat(feed.getBody()).doesNotContain("Home safety check").doesNotContain(clientId.toString());
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE token_hash LIKE :token")
                .param("token", "%" + path.substring("/api/calendar/".length(), path.length() - 4) + "%")
                .query(Long.class).single()).as("only the hash of the token is stored").isZero();
    }

    @Test
    void aRegeneratedOrRevokedFeedUrlAnswers404() {
        String first = path((String) post("/api/me/calendar-feed", lead, null).getBody().get("url"));
        String second = path((String) post("/api/me/calendar-feed", lead, null).getBody().get("url"));
        assertThat(get("/api/me/calendar-feed", lead).getBody()).containsEntry("active", true)
                .doesNotContainKey("url");
        assertThat(get("/api/me/calendar-feed", lead).getBody().get("createdAt")).isNotNull();

        assertThat(fetch(first, null).getStatusCode().value()).isEqualTo(404);
        assertThat(fetch(second, null).getStatusCode().value()).isEqualTo(200);
        assertThat(status(call(HttpMethod.DELETE, "/api/me/calendar-feed", lead, null)))
                .isEqualTo(204);
        ResponseEntity<String> revoked = fetch(second, null);
        assertThat(revoked.getStatusCode().value()).isEqualTo(404);
        assertThat(revoked.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(get("/api/me/calendar-feed", lead).getBody()).containsEntry("active", false)
                .containsEntry("createdAt", null);
        assertThat(fetch("/api/calendar/not-a-token.ics", null).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void iDownloadMyCalendarWhenSignedInAndVisitsOfNetworksILeftDisappear() throws Exception {
        UUID clientId = network(lead, nurse);
        UUID visitId = scheduleVisit(nurse, clientId, Instant.now().plus(Duration.ofDays(1)));

        ResponseEntity<String> mine = fetch("/api/me/calendar.ics", nurse);
        assertThat(mine.getStatusCode().value()).isEqualTo(200);
        assertThat(mine.getBody()).contains(visitId.toString());
        assertThat(fetch("/api/me/calendar.ics", null).getStatusCode().value()).isEqualTo(401);

        publishNetworkEvent("network.memberships", "MemberLeftNetwork", UUID.randomUUID(), clientId, lead,
                List.of(lead), Instant.now());
        awaitMembers(clientId, lead);
        assertThat(fetch("/api/me/calendar.ics", nurse).getBody()).doesNotContain(visitId.toString());
    }

    private ResponseEntity<String> fetch(String path, Pro caller) {
        var request = api().get().uri(path);
        if (caller != null) {
            request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        return request.retrieve().toEntity(String.class);
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/api/calendar/"));
    }
}
