package org.patchwork.network.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows this service holds about one client, found and erased together. */
@Repository
class ErasureRepository {

    /** The client's own rows, children first; the client's copy of the schedule is keyed by client too. */
    private static final List<String> CLIENT_ROWS = List.of(
            "DELETE FROM membership WHERE client_id = :clientId",
            "DELETE FROM invitation WHERE client_id = :clientId",
            "DELETE FROM attention WHERE client_id = :clientId",
            "DELETE FROM consent_withdrawal WHERE client_id = :clientId",
            "DELETE FROM client_status_change WHERE client_id = :clientId",
            "DELETE FROM schedule_visit WHERE client_id = :clientId",
            "DELETE FROM schedule_contact WHERE client_id = :clientId",
            "DELETE FROM client WHERE id = :clientId");

    private final JdbcClient jdbc;

    ErasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Clients closed before the instant, oldest closure first. */
    List<UUID> closedBefore(Instant before, int limit) {
        return jdbc.sql("""
                        SELECT id FROM client WHERE status = 'CLOSED' AND closed_at < :before
                        ORDER BY closed_at LIMIT :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit).query(UUID.class).list();
    }

    /** The client, locked against a concurrent reopening, if still closed before the instant. */
    Optional<ClosedClient> lockClosedBefore(UUID clientId, Instant before) {
        return jdbc.sql("""
                        SELECT id, closed_at, household_id FROM client
                        WHERE id = :id AND status = 'CLOSED' AND closed_at < :before FOR UPDATE""")
                .param("id", clientId).param("before", Timestamp.from(before))
                .query((rs, row) -> new ClosedClient(rs.getObject("id", UUID.class),
                        rs.getTimestamp("closed_at").toInstant(), rs.getObject("household_id", UUID.class)))
                .optional();
    }

    /** The agency of the client's last lead professional, whose IG officers see the erasure in the trail. */
    Optional<String> lastLeadAgency(UUID clientId) {
        return jdbc.sql("""
                        SELECT agency FROM membership WHERE client_id = :clientId AND role = 'LEAD'
                        ORDER BY joined_at DESC LIMIT 1""")
                .param("clientId", clientId).query(String.class).optional();
    }

    void eraseClientRows(ClosedClient client) {
        for (String delete : CLIENT_ROWS) {
            jdbc.sql(delete).param("clientId", client.id()).update();
        }
        if (client.householdId() != null) {
            jdbc.sql("DELETE FROM household h WHERE id = :id AND NOT EXISTS (SELECT 1 FROM client WHERE household_id = h.id)")
                    .param("id", client.householdId()).update();
        }
    }

    /**
     * Replaces the erased client's id by the pseudonym in every audit record naming them, alone or in a listing: the
     * one change the audit trail accepts, and only once the client is gone and the erasure is recorded.
     *
     * @return how many records were pseudonymised
     */
    int pseudonymiseAudit(UUID clientId, UUID pseudonym) {
        int alone = jdbc.sql("UPDATE audit_record SET client_id = :pseudonym WHERE client_id = :clientId")
                .param("clientId", clientId).param("pseudonym", pseudonym).update();
        int listed = jdbc.sql("""
                        UPDATE audit_record
                        SET client_ids = array_replace(client_ids, CAST(:clientId AS UUID), CAST(:pseudonym AS UUID))
                        WHERE client_ids @> ARRAY[CAST(:clientId AS UUID)]""")
                .param("clientId", clientId).param("pseudonym", pseudonym).update();
        return alone + listed;
    }

    record ClosedClient(UUID id, Instant closedAt, UUID householdId) {
    }
}
