package org.patchwork.schedule.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.schedule.ScheduleIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every access to a client's schedule reaches information governance's audit trail as a published record. */
class AccessPublishedTest extends ScheduleIntegrationTest {

    static final String ACCESS_TOPIC = "schedule.access";

    @Test
    @SuppressWarnings("unchecked")
    void aReadOfAClientsVisitsIsPublishedWithWhoReadItAndTheClient() {
        Pro lead = professional("lichfield-dc", "Sample", "Access Worker");
        Pro nurse = professional("nhs-primary-care", "Sample", "Access Nurse");
        UUID clientId = network(lead, nurse);

        assertThat(status(get("/api/clients/" + clientId + "/visits", nurse))).isEqualTo(200);

        Map<String, Object> read = ofType(records(ACCESS_TOPIC, nurse.id(),
                found -> countOf(found, "ScheduleAccessed") == 1), "ScheduleAccessed");
        assertThat(read).containsEntry("action", "VISITS_VIEWED").containsKeys("eventId", "occurredAt");
        assertThat((List<String>) read.get("clientIds")).containsExactly(clientId.toString());
        assertThat((Map<String, Object>) read.get("professional")).containsEntry("id", nurse.id().toString())
                .containsEntry("agency", "nhs-primary-care");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseloadIsPublishedAsOneRecordNamingEveryClientListed() {
        Pro worker = professional("lichfield-dc", "Sample", "Caseload Access Worker");
        UUID first = network(worker);
        UUID second = network(worker);

        assertThat(status(get("/api/me/client-summaries", worker))).isEqualTo(200);

        Map<String, Object> listed = ofType(records(ACCESS_TOPIC, worker.id(),
                found -> countOf(found, "ScheduleAccessed") == 1), "ScheduleAccessed");
        assertThat(listed).containsEntry("action", "CASELOAD_VIEWED");
        assertThat((List<String>) listed.get("clientIds")).containsExactlyInAnyOrder(first.toString(),
                second.toString());
    }
}
