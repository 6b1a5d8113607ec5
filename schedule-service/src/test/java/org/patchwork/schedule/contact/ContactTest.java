package org.patchwork.schedule.contact;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.schedule.ScheduleIntegrationTest;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactTest extends ScheduleIntegrationTest {

    Pro lead;
    Pro teacher;
    Pro outsider;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Youth Worker");
        teacher = professional("example-academy", "Sample", "Safeguarding Lead");
        outsider = professional("staffs-fire", "Sample", "Stranger");
    }

    @Test
    void aMemberRecordsAContactAndTheHistoryAnswersWhoWasLastInContact() {
        UUID clientId = network(lead, teacher);
        Instant lastWeek = Instant.now().minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant longAgo = Instant.now().minus(Duration.ofDays(120));

        assertThat(status(post("/api/clients/" + clientId + "/contacts", lead, contact(lastWeek, "PHONE", "COMPLETED"))))
                .isEqualTo(201);
        assertThat(status(post("/api/clients/" + clientId + "/contacts", teacher,
                contact(yesterday, "SCHOOL_OR_OFFICE_MEETING", "COMPLETED")))).isEqualTo(201);
        assertThat(status(post("/api/clients/" + clientId + "/contacts", teacher, contact(longAgo, "VIDEO", "COMPLETED"))))
                .isEqualTo(201);

        List<Map<String, Object>> recent = items(get("/api/clients/" + clientId + "/contacts", lead));
        assertThat(recent).extracting(contact -> contact.get("contactedAt"))
                .containsExactly(yesterday.toString(), lastWeek.toString());
        assertThat(recent.getFirst()).containsEntry("professionalName", "Sample Safeguarding Lead")
                .containsEntry("agency", "example-academy").containsEntry("channel", "SCHOOL_OR_OFFICE_MEETING");
        assertThat(items(get("/api/clients/" + clientId + "/contacts?days=365", lead))).hasSize(3);

        ResponseEntity<Map<String, Object>> summary = get("/api/clients/" + clientId + "/schedule-summary", teacher);
        assertThat(status(summary)).isEqualTo(200);
        assertThat(summary.getBody()).containsEntry("daysSinceSeen", 1).containsEntry("lastSeenAt", yesterday.toString())
                .containsEntry("nextVisit", null);
        assertThat(summary.getBody().get("lastContact").toString()).contains("Sample Safeguarding Lead");
        assertThat(ofType(records(VISITS_TOPIC, clientId, found -> countOf(found, "ContactRecorded") == 3),
                "ContactRecorded")).containsEntry("actorProfessionalId", teacher.id().toString());
    }

    @Test
    void aContactInTheFutureIsRefusedAndNothingIsStored() {
        UUID clientId = network(lead);

        ResponseEntity<Map<String, Object>> refused = post("/api/clients/" + clientId + "/contacts", lead,
                contact(Instant.now().plus(Duration.ofHours(2)), "PHONE", "NO_ANSWER"));

        assertThat(status(refused)).isEqualTo(400);
        assertThat(refused.getBody()).containsEntry("type", "https://patchwork.example/problems/contact-in-the-future");
        assertThat(count("contact", clientId)).isZero();
    }

    @Test
    void badContactsAreRefusedAsProblemsAndNothingIsStored() {
        UUID clientId = network(lead);
        Map<String, Object> forOutsider = new HashMap<>(contact(Instant.now().minusSeconds(60), "PHONE", "COMPLETED"));
        forOutsider.put("professionalId", outsider.id().toString());

        for (Object bad : List.of(contact(Instant.now().minusSeconds(60), "CARRIER_PIGEON", "COMPLETED"),
                contact(Instant.now().minusSeconds(60), "PHONE", "FINE"), Map.of("channel", "PHONE"), forOutsider,
                "not json")) {
            ResponseEntity<Map<String, Object>> refused = post("/api/clients/" + clientId + "/contacts", lead, bad);
            assertThat(status(refused)).as("%s", bad).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        assertThat(count("contact", clientId)).isZero();
    }

    @Test
    void onlyCurrentMembersSeeOrRecordContacts() {
        UUID clientId = network(lead, teacher);
        publishNetworkEvent("network.memberships", "MemberRemovedFromNetwork", UUID.randomUUID(), clientId, lead,
                List.of(lead), Instant.now());
        awaitMembers(clientId, lead);

        for (Pro stranger : List.of(teacher, outsider)) {
            assertThat(status(get("/api/clients/" + clientId + "/contacts", stranger))).isEqualTo(404);
            assertThat(status(post("/api/clients/" + clientId + "/contacts", stranger,
                    contact(Instant.now().minusSeconds(60), "PHONE", "COMPLETED")))).isEqualTo(404);
        }
        assertThat(count("contact", clientId)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM access_record WHERE client_id = :c AND action = 'CONTACTS_VIEWED'")
                .param("c", clientId).query(Long.class).single()).isZero();
    }

    private static Map<String, Object> contact(Instant at, String channel, String outcome) {
        return Map.of("contactedAt", at.toString(), "channel", channel, "outcome", outcome);
    }
}
