package org.patchwork.schedule.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.schedule.ScheduleIntegrationTest;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * ClientRecordsErased (the end of a closed client's retention period): the client's visits, contacts, warnings and
 * network copy go, the access log naming them is pseudonymised, and another client's rows and log are untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientErasureTest extends ScheduleIntegrationTest {

    private static final List<String> CLIENT_TABLES = List.of("visit", "contact", "not_seen_episode", "network_member");

    Pro lead;
    Pro nurse;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Erasure Lead");
        nurse = professional("nhs-primary-care", "Sample", "Erasure Nurse");
    }

    @Test
    void anErasedClientIsGoneFromEveryTableAndTheirAccessLogPseudonymisedEvenWhenTheEventComesTwice() {
        UUID erased = network(lead, nurse);
        UUID other = network(lead, nurse);
        for (UUID clientId : List.of(erased, other)) {
            scheduleVisit(nurse, clientId, clock.instant().plus(Duration.ofDays(3)));
            assertThat(status(post("/api/clients/" + clientId + "/contacts", lead, Map.of(
                    "contactedAt", clock.instant().minus(Duration.ofDays(1)).toString(), "channel", "PHONE",
                    "outcome", "COMPLETED")))).isEqualTo(201);
            assertThat(status(get("/api/clients/" + clientId + "/visits", lead))).isEqualTo(200);
        }
        long erasedAccess = count("access_record", erased);
        long otherAccess = count("access_record", other);
        Map<String, Long> otherRows = rowsAbout(other);
        long firstRecord = jdbc.sql("SELECT min(id) FROM access_record WHERE client_id = :id").param("id", erased)
                .query(Long.class).single();
        clock.advance(Duration.ofDays(6 * 366));

        UUID eventId = UUID.randomUUID();
        publishClientRecordsErased(eventId, erased);
        publishClientRecordsErased(eventId, erased);
        UUID replayed = UUID.randomUUID();
        publishClientRecordsErased(replayed, erased);
        await().atMost(Duration.ofMinutes(2)).until(() -> processed(eventId) == 1 && processed(replayed) == 1);

        assertThat(rowsAbout(erased)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(jdbc.sql("SELECT count(*) FROM network_client WHERE id = :id").param("id", erased)
                .query(Long.class).single()).isZero();
        assertThat(count("access_record", erased)).as("no access record names the client").isZero();
        UUID pseudonym = jdbc.sql("SELECT client_id FROM access_record WHERE id = :id").param("id", firstRecord)
                .query(UUID.class).single();
        assertThat(count("access_record", pseudonym)).as("the same records, and the erasure recorded once")
                .isEqualTo(erasedAccess + 1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM access_record
                        WHERE client_id = :p AND action = 'CLIENT_RECORDS_ERASED' AND professional_id IS NULL""")
                .param("p", pseudonym).query(Long.class).single()).isEqualTo(1);
        assertThat(status(get("/api/clients/" + erased + "/visits", lead))).isEqualTo(404);

        assertThat(rowsAbout(other)).as("the other client's rows").isEqualTo(otherRows);
        assertThat(count("access_record", other)).isEqualTo(otherAccess);
        assertThat(status(get("/api/clients/" + other + "/visits", lead))).isEqualTo(200);

        assertThatThrownBy(() -> jdbc.sql("UPDATE access_record SET client_id = :p WHERE client_id = :live")
                .param("p", pseudonym).param("live", other).update())
                .as("a client still held cannot be pseudonymised").isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE access_record SET agency = 'x' WHERE client_id = :p")
                .param("p", pseudonym).update()).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM access_record WHERE client_id = :p").param("p", pseudonym)
                .update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void aClosedClientReopenedCanBeScheduledAgain() {
        UUID clientId = network(lead);
        publishNetworkEvent("network.clients", "ClientClosed", UUID.randomUUID(), clientId, lead, List.of(lead),
                Instant.now());
        await().atMost(Duration.ofMinutes(2)).until(() -> "CLOSED".equals(statusOf(clientId)));

        publishNetworkEvent("network.clients", "ClientReopened", UUID.randomUUID(), clientId, lead, List.of(lead),
                Instant.now().plusMillis(1));

        await().atMost(Duration.ofMinutes(2)).until(() -> "OPEN".equals(statusOf(clientId)));
        scheduleVisit(lead, clientId, clock.instant().plus(Duration.ofDays(1)));
    }

    private String statusOf(UUID clientId) {
        return jdbc.sql("SELECT status FROM network_client WHERE id = :id").param("id", clientId).query(String.class)
                .single();
    }

    private long processed(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = :id").param("id", eventId)
                .query(Long.class).single();
    }

    private Map<String, Long> rowsAbout(UUID clientId) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        CLIENT_TABLES.forEach(table -> counts.put(table, count(table, clientId)));
        return counts;
    }
}
