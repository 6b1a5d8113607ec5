package org.patchwork.schedule.standing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.TestApi;
import org.patchwork.platform.test.TestEvents;
import org.patchwork.schedule.ScheduleIntegrationTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A professional who left their agency, and the staff of a suspended agency, are refused by every endpoint of the
 * schedule (visits, contacts, summaries, their calendar) as soon as the directory's event reaches it; reinstating the
 * agency lets its staff back in.
 */
class AccessStandingTest extends ScheduleIntegrationTest {

    private static final Duration DIRECTORY_EVENT = Duration.ofSeconds(60);

    @Test
    void aProfessionalWhoLeftTheirAgencyIsRefusedVisitsAndContacts() {
        Pro leaver = professional("lichfield-dc", "Sample", "Leaving Nurse");
        Pro colleague = professional("lichfield-dc", "Sample", "Staying Nurse");
        UUID clientId = network(leaver, colleague);
        UUID visitId = scheduleVisit(leaver, clientId, Instant.now().plus(2, ChronoUnit.DAYS));

        String eventId = UUID.randomUUID().toString();
        publish("directory.professionals", "ProfessionalLeft", eventId, leaver.id(), """
                {"eventId":"%s","occurredAt":"%s","professional":{"id":"%s","keycloakSubject":"%s","agency":"%s",
                 "name":"Sample Leaving Nurse","jobTitle":"Practitioner","status":"LEFT"}}"""
                .formatted(eventId, Instant.now(), leaver.id(), leaver.subject(), leaver.agency()));

        await().atMost(DIRECTORY_EVENT).untilAsserted(() -> assertRefused(get("/api/me/visits", leaver),
                "professional-left"));
        scheduleEndpoints(leaver, clientId, visitId).forEach(response -> assertRefused(response, "professional-left"));
        assertThat(status(get("/api/clients/" + clientId + "/visits", colleague))).isEqualTo(200);
    }

    @Test
    void aSuspendedAgencysStaffAreRefusedUntilItIsReinstated() {
        String agency = "sample-suspended-" + UUID.randomUUID().toString().substring(0, 8);
        Pro suspended = professional(agency, "Sample", "Suspended Worker");
        Pro elsewhere = professional("lichfield-dc", "Sample", "Unaffected Nurse");
        UUID clientId = network(suspended, elsewhere);
        UUID visitId = scheduleVisit(suspended, clientId, Instant.now().plus(2, ChronoUnit.DAYS));
        String feed = (String) post("/api/me/calendar-feed", suspended, null).getBody().get("url");
        String feedPath = feed.substring(feed.indexOf("/api/calendar/"));

        TestEvents.publishAgencyEvent("AgencySuspended", agency, "SUSPENDED");

        await().atMost(DIRECTORY_EVENT).untilAsserted(() -> assertRefused(get("/api/me/visits", suspended),
                "agency-suspended"));
        scheduleEndpoints(suspended, clientId, visitId).forEach(response -> assertRefused(response, "agency-suspended"));
        assertThat(TestApi.exchange(api(), HttpMethod.GET, feedPath, null, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(status(get("/api/clients/" + clientId + "/visits", elsewhere))).isEqualTo(200);

        TestEvents.publishAgencyEvent("AgencyOnboarded", agency, "ONBOARDED");

        await().atMost(DIRECTORY_EVENT).until(() -> status(get("/api/me/visits", suspended)) == 200);
        assertThat(status(get("/api/clients/" + clientId + "/contacts", suspended))).isEqualTo(200);
        assertThat(TestApi.exchange(api(), HttpMethod.GET, feedPath, null, null).getStatusCode().value())
                .isEqualTo(200);
    }

    /** Visits and contacts of a client, scheduling and changing a visit, recording a contact, and my own visits. */
    private List<ResponseEntity<Map<String, Object>>> scheduleEndpoints(Pro caller, UUID clientId, UUID visitId) {
        return List.of(
                get("/api/clients/" + clientId + "/visits", caller),
                post("/api/clients/" + clientId + "/visits", caller,
                        visitAt(Instant.now().plus(3, ChronoUnit.DAYS), "HOME_VISIT")),
                patch("/api/visits/" + visitId, caller, Map.of("action", "CANCEL", "reason", "No longer needed")),
                get("/api/clients/" + clientId + "/contacts", caller),
                post("/api/clients/" + clientId + "/contacts", caller, Map.of("contactedAt", Instant.now().toString(),
                        "channel", "PHONE", "outcome", "COMPLETED")),
                get("/api/clients/" + clientId + "/schedule-summary", caller),
                get("/api/me/visits", caller),
                get("/api/me/calendar.ics", caller));
    }

    private static void assertRefused(ResponseEntity<Map<String, Object>> response, String problem) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("type", "https://patchwork.example/problems/" + problem);
    }
}
