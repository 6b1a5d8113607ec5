package org.patchwork.schedule.warning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.schedule.ScheduleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlyWarningsTest extends ScheduleIntegrationTest {

    @Autowired
    NotSeenWarnings notSeen;

    Pro lead;
    Pro nurse;
    Pro colleague;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Family Lead");
        nurse = professional("nhs-primary-care", "Sample", "Visiting Nurse");
        colleague = professional("lichfield-dc", "Sample", "Colleague");
    }

    @Test
    void aClientNotSeenForTheThresholdIsAnnouncedOncePerEpisode() {
        UUID clientId = network(lead, nurse);

        clock.advance(Duration.ofDays(13));
        notSeen.check();
        clock.advance(Duration.ofDays(2));
        notSeen.check();
        clock.advance(Duration.ofDays(1));
        notSeen.check();

        List<ConsumerRecord<String, byte[]>> events = records(VISITS_TOPIC, clientId,
                found -> countOf(found, "ClientNotSeen") >= 1, Duration.ofSeconds(3));
        assertThat(countOf(events, "ClientNotSeen")).isEqualTo(1);
        Map<String, Object> warning = ofType(events, "ClientNotSeen");
        assertThat(warning).containsEntry("thresholdDays", 14).containsEntry("daysNotSeen", 15)
                .containsEntry("lastSeenAt", null).containsEntry("leadProfessionalId", lead.id().toString());
        assertThat(warning.get("memberIds")).asList().hasSize(2);

        assertThat(status(post("/api/clients/" + clientId + "/contacts", nurse, Map.of(
                "contactedAt", clock.instant().minusSeconds(60).toString(), "channel", "HOME_VISIT",
                "outcome", "COMPLETED")))).isEqualTo(201);
        notSeen.check();
        clock.advance(Duration.ofDays(14));
        notSeen.check();
        notSeen.check();

        List<ConsumerRecord<String, byte[]>> later = records(VISITS_TOPIC, clientId,
                found -> countOf(found, "ClientNotSeen") >= 2, Duration.ofSeconds(3));
        assertThat(countOf(later, "ClientNotSeen")).as("a new episode after the client was seen").isEqualTo(2);
    }

    @Test
    void theLeadSetsTheNetworksThresholdAndOnlyTheLead() {
        UUID clientId = network(lead, nurse);

        assertThat(status(call(HttpMethod.PUT, "/api/clients/" + clientId + "/not-seen-threshold", nurse,
                Map.of("days", 3)))).isEqualTo(403);
        assertThat(status(call(HttpMethod.PUT, "/api/clients/" + clientId + "/not-seen-threshold", colleague,
                Map.of("days", 3)))).isEqualTo(404);
        assertThat(status(call(HttpMethod.PUT, "/api/clients/" + clientId + "/not-seen-threshold", lead,
                Map.of("days", 0)))).isEqualTo(400);
        assertThat(status(call(HttpMethod.PUT, "/api/clients/" + clientId + "/not-seen-threshold", lead,
                Map.of("days", 3)))).isEqualTo(200);

        clock.advance(Duration.ofDays(3).plusHours(1));
        notSeen.check();

        assertThat(ofType(records(VISITS_TOPIC, clientId, found -> countOf(found, "ClientNotSeen") == 1),
                "ClientNotSeen")).containsEntry("thresholdDays", 3);
    }

    @Test
    void twoAgenciesVisitingTheSameDayAreToldOnceToConsiderAJointVisit() {
        UUID clientId = network(lead, nurse, colleague);
        ZoneId london = ZoneId.of("Europe/London");
        LocalDate inThreeDays = LocalDate.now(london).plusDays(3);
        Instant morning = inThreeDays.atTime(9, 30).atZone(london).toInstant();
        Instant afternoon = inThreeDays.atTime(14, 0).atZone(london).toInstant();
        Instant nextDay = inThreeDays.plusDays(1).atTime(10, 0).atZone(london).toInstant();

        UUID nurseVisit = scheduleVisit(nurse, clientId, afternoon);
        scheduleVisit(colleague, clientId, nextDay);
        UUID leadVisit = scheduleVisit(lead, clientId, morning);
        assertThat(status(patch("/api/visits/" + leadVisit, lead,
                Map.of("action", "RESCHEDULE", "startsAt", morning.plusSeconds(1800).toString())))).isEqualTo(200);
        scheduleVisit(colleague, clientId, morning.plusSeconds(3600));

        List<ConsumerRecord<String, byte[]>> events = records(VISITS_TOPIC, clientId,
                found -> countOf(found, "VisitClash") >= 2, Duration.ofSeconds(3));
        assertThat(countOf(events, "VisitClash")).as("lead+nurse once, colleague+nurse once; same agency is no clash")
                .isEqualTo(2);
        Map<String, Object> clash = events.stream().filter(record -> type(record).equals("VisitClash"))
                .map(ScheduleIntegrationTest::json).findFirst().orElseThrow();
        assertThat(clash).containsEntry("day", inThreeDays.toString()).containsEntry("suggestion", "JOINT_VISIT")
                .containsEntry("actorProfessionalId", lead.id().toString());
        assertThat(clash.get("second").toString()).contains(nurseVisit.toString());
    }
}
