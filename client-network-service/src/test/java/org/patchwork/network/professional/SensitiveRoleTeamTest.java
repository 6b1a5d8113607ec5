package org.patchwork.network.professional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.platform.test.TestEvents;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A professional in a sensitive role is shown to the client's team with their agency's duty contact: their own
 * numbers and email are neither held here nor in any answer.
 */
class SensitiveRoleTeamTest extends NetworkIntegrationTest {

    static final String MOBILE = "07700 900456";
    static final String DUTY_PHONE = "01543 300111";

    @AfterEach
    void scheduleForgetsEverything() {
        scheduleKnowsNothingYet();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTeamPictureGivesASensitiveMembersDutyContactAndNeverTheirMobile() {
        Pro lead = professional("lichfield-dc", "Sample", "Team Lead", "practitioner");
        Pro refugeWorker = professional("sample-refuge", "Sample", "Refuge Keyworker", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(refugeWorker, clientId);
        String ownEmail = "keyworker-" + refugeWorker.id() + "@sample-refuge.example";
        directoryEvent(refugeWorker, false, "01543 300222", MOBILE, ownEmail);
        await().atMost(Duration.ofMinutes(2)).until(() -> MOBILE.equals(contacts.findById(refugeWorker.id())
                .orElseThrow().mobile()));

        directoryEvent(refugeWorker, true, null, null, ownEmail);
        await().atMost(Duration.ofMinutes(2)).until(() -> contacts.findById(refugeWorker.id()).orElseThrow()
                .contactThroughDuty());
        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/clients/" + clientId + "/schedule-overview"))
                .willReturn(okJson("""
                        {"clientId":"%s","upcomingVisits":[],"recentContacts":[],"lastSeenAt":null,
                         "daysSinceSeen":null,"notSeenThresholdDays":14}""".formatted(clientId))));

        ResponseEntity<Map<String, Object>> overview = get("/api/clients/" + clientId + "/overview", lead);
        ResponseEntity<Map<String, Object>> network = get("/api/clients/" + clientId + "/network", lead);

        assertThat(overview.getStatusCode().value()).isEqualTo(200);
        assertThat(network.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> shown = ((List<Map<String, Object>>) overview.getBody().get("network")).stream()
                .filter(member -> refugeWorker.id().toString().equals(member.get("professionalId")))
                .findFirst().orElseThrow();
        assertThat(shown).containsEntry("workPhone", DUTY_PHONE).containsEntry("mobile", null)
                .containsEntry("email", "duty@sample-refuge.example").containsEntry("contactThroughDuty", true);
        for (ResponseEntity<Map<String, Object>> answer : List.of(overview, network)) {
            assertThat((String) answer.getBody().get("_raw")).doesNotContain(MOBILE, "01543 300222", ownEmail);
        }
        // Their copy keeps neither (another test's fixture may use the same number for someone else).
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM professional_contact
                        WHERE id = :id AND (mobile = :mobile OR work_phone = :workPhone OR email = :email)""")
                .param("id", refugeWorker.id()).param("mobile", MOBILE).param("workPhone", "01543 300222")
                .param("email", ownEmail).query(Long.class).single()).isZero();
    }

    private void directoryEvent(Pro professional, boolean throughDuty, String workPhone, String mobile,
                                String email) {
        String eventId = UUID.randomUUID().toString();
        String json = """
                {"eventId":"%s","occurredAt":"%s","professional":{"id":"%s","keycloakSubject":"%s",
                 "agency":"sample-refuge","name":"Sample Refuge Keyworker","jobTitle":"Refuge keyworker",
                 "workPhone":%s,"mobile":%s,"email":"%s","preferredContact":"MOBILE","status":"ACTIVE","team":null,
                 "areas":[],"igOfficer":false,"contactThroughDuty":%s,"dutyPhone":%s,"dutyEmail":%s}}"""
                .formatted(eventId, Instant.now(), professional.id(), professional.user().id(), quoted(workPhone),
                        quoted(mobile), email, throughDuty, throughDuty ? quoted(DUTY_PHONE) : "null",
                        throughDuty ? quoted("duty@sample-refuge.example") : "null");
        TestEvents.publish("directory.professionals", "ProfessionalUpdated", eventId, professional.id().toString(),
                "/directory-service", json);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
