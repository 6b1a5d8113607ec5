package org.patchwork.network.subjectaccess;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.network.NetworkIntegrationTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An IG officer of an agency involved with the client (here a health one: the withdrawal of consent ends the
 * lead's consent-based membership, the nurse's statutory one continues) exports everything Patchwork holds about them in one action,
 * with nothing about anyone else's record; nobody else can.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectAccessExportTest extends NetworkIntegrationTest {

    Pro lead;
    Pro nurse;
    Pro healthIg;
    Pro fireIg;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Export Lead", "practitioner");
        nurse = professional("nhs-primary-care", "Sample", "Export Nurse", "practitioner");
        healthIg = professional("nhs-primary-care", "Example", "Export Health IG", "ig-officer");
        fireIg = professional("staffs-fire", "Example", "Export Fire IG", "ig-officer");
    }

    @AfterEach
    void scheduleForgets() {
        scheduleKnowsNothingYet();
        NOTIFICATION.resetAll();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsEveryKindOfRecordAboutTheClientAndNothingAboutAnother() {
        Pro invitee = professional("schools-partnership", "Sample", "Export Teacher", "practitioner");
        String familyName = uniqueFamilyName();
        String otherFamilyName = uniqueFamilyName();
        UUID clientId = registerClient(lead, familyName);
        UUID otherClient = registerClient(lead, otherFamilyName);
        join(nurse, clientId);
        join(nurse, otherClient);
        invite(lead, clientId, invitee);
        invite(lead, otherClient, invitee);
        assertThat(post("/api/clients/" + clientId + "/attentions", nurse,
                Map.of("message", "Dog on site: call ahead", "priority", "URGENT")).getStatusCode().value())
                .isEqualTo(201);
        assertThat(post("/api/clients/" + otherClient + "/attentions", nurse,
                Map.of("message", "Other family: ring the bell twice", "priority", "NORMAL")).getStatusCode().value())
                .isEqualTo(201);
        assertThat(post("/api/clients/" + clientId + "/consent-withdrawal", lead,
                Map.of("reason", "The client withdrew consent at a review meeting")).getStatusCode().value())
                .isEqualTo(201);
        get("/api/clients/" + clientId, nurse);
        get("/api/clients/" + otherClient, nurse);
        UUID visitId = UUID.randomUUID();
        scheduleHolds(clientId, visitId, nurse);
        alertsSentAbout(clientId);

        ResponseEntity<Map<String, Object>> exported = get("/api/clients/" + clientId + "/subject-access-export",
                healthIg);

        assertThat(exported.getStatusCode().value()).as("%s", exported.getBody()).isEqualTo(200);
        Map<String, Object> export = exported.getBody();
        assertThat((Map<String, Object>) export.get("client")).containsEntry("id", clientId.toString())
                .containsEntry("familyName", familyName).containsEntry("dateOfBirth", "2015-04-01")
                .containsEntry("address", "1 Example Row, Lichfield");
        assertThat((List<Map<String, Object>>) export.get("network"))
                .anySatisfy(membership -> assertThat(membership)
                        .containsEntry("professionalId", lead.id().toString()).containsEntry("role", "LEAD")
                        .containsEntry("legalBasis", "CONSENT").containsEntry("endReason", "CONSENT_WITHDRAWN")
                        .containsKeys("joinedAt", "endedAt", "reason"))
                .anySatisfy(membership -> assertThat(membership)
                        .containsEntry("professionalId", nurse.id().toString())
                        .containsEntry("legalBasis", "SAFEGUARDING_DUTY"));
        assertThat((List<Map<String, Object>>) export.get("invitations")).singleElement()
                .satisfies(invitation -> assertThat(invitation)
                        .containsEntry("inviteeProfessionalId", invitee.id().toString()));
        assertThat((List<Map<String, Object>>) export.get("attentions")).singleElement()
                .satisfies(attention -> assertThat(attention).containsEntry("message", "Dog on site: call ahead"));
        assertThat((List<Map<String, Object>>) export.get("consentWithdrawals")).singleElement()
                .satisfies(withdrawal -> assertThat(withdrawal)
                        .containsEntry("reason", "The client withdrew consent at a review meeting"));
        Map<String, Object> schedule = (Map<String, Object>) export.get("schedule");
        assertThat((List<Map<String, Object>>) schedule.get("visits")).singleElement()
                .satisfies(visit -> assertThat(visit).containsEntry("id", visitId.toString())
                        .containsEntry("purpose", "Asthma plan review"));
        assertThat((List<Map<String, Object>>) schedule.get("contacts")).singleElement()
                .satisfies(contact -> assertThat(contact).containsEntry("channel", "PHONE"));
        assertThat((List<Map<String, Object>>) export.get("accessAudit"))
                .allSatisfy(record -> assertThat(record).containsEntry("clientId", clientId.toString()))
                .anySatisfy(record -> assertThat(record).containsEntry("action", "CLIENT_VIEWED")
                        .containsEntry("actorProfessionalId", nurse.id().toString())
                        .containsEntry("basis", "SAFEGUARDING_DUTY"));
        assertThat((List<Map<String, Object>>) export.get("professionals"))
                .extracting(professional -> professional.get("id"))
                .contains(lead.id().toString(), nurse.id().toString(), invitee.id().toString());
        assertThat((List<Map<String, Object>>) export.get("professionals"))
                .anySatisfy(professional -> assertThat(professional).containsEntry("id", nurse.id().toString())
                        .containsEntry("name", "Sample Export Nurse").containsEntry("agency", "nhs-primary-care")
                        .containsKey("email"));
        assertThat((List<Map<String, Object>>) export.get("alerts")).singleElement()
                .satisfies(alert -> assertThat(alert).containsEntry("kind", "URGENT_ATTENTION")
                        .containsEntry("recipientRole", "LEAD").containsEntry("recipientAgency", "lichfield-dc")
                        .containsEntry("createdAt", "2026-11-02T10:05:00Z"));
        assertThat((List<String>) export.get("notIncluded")).isEmpty();
        assertThat((String) export.get("_raw")).doesNotContain(otherClient.toString(), otherFamilyName,
                "Other family");
        SCHEDULE.verify(getRequestedFor(urlEqualTo("/api/clients/" + clientId + "/subject-access-export"))
                .withHeader("Authorization", equalTo(healthIg.bearer())));
        NOTIFICATION.verify(getRequestedFor(urlEqualTo("/api/clients/" + clientId + "/subject-access-export"))
                .withHeader("Authorization", equalTo(healthIg.bearer())));
        assertThat(auditCount(clientId, "SUBJECT_ACCESS_EXPORTED")).isEqualTo(1);
    }

    @Test
    void onlyAnOfficerOfAnAgencyInvolvedWithTheClientMayExport() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        scheduleHolds(clientId, UUID.randomUUID(), lead);

        ResponseEntity<Map<String, Object>> uninvolved = get("/api/clients/" + clientId + "/subject-access-export",
                fireIg);
        ResponseEntity<Map<String, Object>> unknown = get("/api/clients/" + UUID.randomUUID()
                + "/subject-access-export", fireIg);

        assertThat(uninvolved.getStatusCode().value()).isEqualTo(404);
        assertThat(uninvolved.getBody().get("detail")).isEqualTo(unknown.getBody().get("detail"));
        assertThat(get("/api/clients/" + clientId + "/subject-access-export", lead).getStatusCode().value())
                .isEqualTo(403);
        assertThat(auditCount(clientId, "SUBJECT_ACCESS_EXPORTED")).isZero();
        SCHEDULE.verify(0, getRequestedFor(urlEqualTo("/api/clients/" + clientId + "/subject-access-export")));
    }

    @Test
    void whenTheNotificationServiceCannotGiveTheAlertsNothingIsExportedOrRecorded() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);
        scheduleHolds(clientId, UUID.randomUUID(), nurse);
        NOTIFICATION.stubFor(WireMock.get(urlEqualTo("/api/clients/" + clientId + "/subject-access-export"))
                .willReturn(WireMock.notFound()));

        ResponseEntity<Map<String, Object>> refused = call(HttpMethod.GET,
                "/api/clients/" + clientId + "/subject-access-export", healthIg, null);

        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat((String) refused.getBody().get("detail")).contains("alerts");
        assertThat(auditCount(clientId, "SUBJECT_ACCESS_EXPORTED")).isZero();
    }

    @Test
    void whenTheScheduleCannotGiveItsPartNothingIsExportedOrRecorded() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(nurse, clientId);
        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/clients/" + clientId + "/subject-access-export"))
                .willReturn(WireMock.serverError()));
        UUID notCaughtUp = registerClient(lead, uniqueFamilyName());
        join(nurse, notCaughtUp);
        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/clients/" + notCaughtUp + "/subject-access-export"))
                .willReturn(WireMock.notFound()));

        for (UUID client : List.of(clientId, notCaughtUp)) {
            ResponseEntity<Map<String, Object>> refused = call(HttpMethod.GET,
                    "/api/clients/" + client + "/subject-access-export", healthIg, null);

            assertThat(refused.getStatusCode().value()).isEqualTo(503);
            assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
            assertThat(auditCount(client, "SUBJECT_ACCESS_EXPORTED")).isZero();
        }
    }

    /** The notification service's answer for the client: one urgent attention alert to the lead. */
    private static void alertsSentAbout(UUID clientId) {
        NOTIFICATION.stubFor(WireMock.get(urlEqualTo("/api/clients/" + clientId + "/subject-access-export"))
                .willReturn(WireMock.okJson("""
                        {"clientId": "%s",
                         "alerts": [{"kind": "URGENT_ATTENTION", "channel": "SMS", "createdAt": "2026-11-02T10:05:00Z",
                                     "sentAt": "2026-11-02T10:05:02Z", "status": "DELIVERED", "recipientRole": "LEAD",
                                     "recipientAgency": "lichfield-dc"}]}""".formatted(clientId))));
    }

    /** The schedule service's answer for the client: one visit by {@code visitor} and one contact. */
    private static void scheduleHolds(UUID clientId, UUID visitId, Pro visitor) {
        Instant at = Instant.parse("2026-11-02T10:00:00Z");
        SCHEDULE.stubFor(WireMock.get(urlEqualTo("/api/clients/" + clientId + "/subject-access-export"))
                .willReturn(WireMock.okJson("""
                        {"clientId": "%s", "notSeenThresholdDays": null,
                         "visits": [{"id": "%s", "visitorProfessionalId": "%s", "visitorAgency": "%s",
                                     "kind": "HOME_VISIT", "startsAt": "%s", "durationMinutes": 45,
                                     "purpose": "Asthma plan review", "status": "COMPLETED", "cancelReason": null,
                                     "scheduledByProfessionalId": "%s", "createdAt": "%s", "updatedAt": "%s"}],
                         "contacts": [{"id": "%s", "professionalId": "%s", "agency": "%s", "contactedAt": "%s",
                                       "channel": "PHONE", "outcome": "COMPLETED", "visitId": null,
                                       "recordedByProfessionalId": "%s", "recordedAt": "%s"}]}"""
                        .formatted(clientId, visitId, visitor.id(), visitor.agency(), at, visitor.id(), at, at,
                                UUID.randomUUID(), visitor.id(), visitor.agency(), at, visitor.id(), at))));
    }
}
