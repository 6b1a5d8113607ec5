package org.patchwork.network.standing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.platform.test.TestEvents;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A professional who left their agency, and the staff of a suspended agency, are refused by every client endpoint
 * of this service as soon as the directory's event reaches it; reinstating the agency lets its staff back in.
 */
class AccessStandingTest extends NetworkIntegrationTest {

    private static final Duration DIRECTORY_EVENT = Duration.ofSeconds(60);

    @Test
    void aProfessionalWhoLeftTheirAgencyIsRefusedByEveryClientEndpoint() {
        Pro colleague = professional("lichfield-dc", "Sample", "Staying Nurse", "practitioner");
        Pro leaver = professional("lichfield-dc", "Sample", "Leaving Nurse", "practitioner");
        UUID theirs = registerClient(leaver, uniqueFamilyName());
        UUID colleagues = registerClient(colleague, uniqueFamilyName());

        publishDirectoryEvent("ProfessionalLeft", leaver.id(), leaver.user().id(), leaver.agency(),
                "Sample Leaving Nurse", "LEFT");

        await().atMost(DIRECTORY_EVENT).untilAsserted(() -> assertRefused(get("/api/me/clients", leaver),
                "professional-left"));
        clientEndpoints(leaver, theirs, colleagues).forEach(response -> assertRefused(response, "professional-left"));
        assertThat(get("/api/me/clients", colleague).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aSuspendedAgencysStaffAreRefusedUntilItIsReinstated() {
        String agency = "sample-suspended-" + UUID.randomUUID().toString().substring(0, 8);
        Pro suspended = professional(agency, "Sample", "Suspended Worker", "practitioner");
        Pro elsewhere = professional("lichfield-dc", "Sample", "Unaffected Nurse", "practitioner");
        UUID theirs = registerClient(suspended, uniqueFamilyName());
        UUID others = registerClient(elsewhere, uniqueFamilyName());

        TestEvents.publishAgencyEvent("AgencySuspended", agency, "SUSPENDED");

        await().atMost(DIRECTORY_EVENT).untilAsserted(() -> assertRefused(get("/api/me/clients", suspended),
                "agency-suspended"));
        clientEndpoints(suspended, theirs, others).forEach(response -> assertRefused(response, "agency-suspended"));
        assertThat(get("/api/clients/" + others, elsewhere).getStatusCode().value()).isEqualTo(200);

        TestEvents.publishAgencyEvent("AgencyOnboarded", agency, "ONBOARDED");

        await().atMost(DIRECTORY_EVENT).until(() -> get("/api/me/clients", suspended).getStatusCode().value() == 200);
        assertThat(get("/api/clients/" + theirs, suspended).getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/clients/" + others + "/network/join", suspended, basis("SAFEGUARDING_DUTY"))
                .getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void anOlderDirectoryEventArrivingLateDoesNotLetALeaverBackIn() {
        Pro leaver = professional("lichfield-dc", "Sample", "Late Leaver", "practitioner");
        publishDirectoryEvent("ProfessionalLeft", leaver.id(), leaver.user().id(), leaver.agency(),
                "Sample Late Leaver", "LEFT");
        await().atMost(DIRECTORY_EVENT).untilAsserted(() -> assertRefused(get("/api/me/clients", leaver),
                "professional-left"));

        String late = UUID.randomUUID().toString();
        TestEvents.publish("directory.professionals", "ProfessionalUpdated", late, leaver.id().toString(),
                "/directory-service", """
                        {"eventId":"%s","occurredAt":"%s","professional":{"id":"%s","keycloakSubject":"%s",
                         "agency":"lichfield-dc","name":"Sample Late Leaver","status":"ACTIVE"}}"""
                        .formatted(late, Instant.now().minus(Duration.ofMinutes(5)), leaver.id(), leaver.user().id()));
        await().atMost(DIRECTORY_EVENT).until(() -> jdbc.sql("""
                        SELECT count(*) FROM processed_event WHERE consumer = 'platform.standing' AND event_id = :id::uuid""")
                .param("id", late).query(Long.class).single() == 1);

        assertRefused(get("/api/me/clients", leaver), "professional-left");
    }

    /** Look-up, registration, self-join, a client's record and overview, and the caseload. */
    private List<ResponseEntity<Map<String, Object>>> clientEndpoints(Pro caller, UUID ownClient, UUID otherClient) {
        return List.of(
                post("/api/clients/lookup", caller, Map.of("familyName", "Sample", "dateOfBirth", "2015-04-01",
                        "reason", "Home safety visit referral")),
                post("/api/clients", caller, Map.of(
                        "client", clientDetails("Jo", uniqueFamilyName(), LocalDate.of(2015, 4, 1), "WS13 6YY"),
                        "basis", basis("CONSENT"))),
                post("/api/clients/" + otherClient + "/network/join", caller, basis("SAFEGUARDING_DUTY")),
                get("/api/clients/" + ownClient, caller),
                get("/api/clients/" + ownClient + "/overview", caller),
                get("/api/clients/" + otherClient, caller),
                get("/api/me/clients", caller));
    }

    private static void assertRefused(ResponseEntity<Map<String, Object>> response, String problem) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("type", "https://patchwork.example/problems/" + problem);
    }
}
