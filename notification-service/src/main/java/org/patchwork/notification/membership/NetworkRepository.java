package org.patchwork.notification.membership;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * This service's copy of who is in each client's network, kept from the {@code memberIds} and lead that every
 * network and schedule event carries, so recipients are found without calling another service.
 */
@Repository
public class NetworkRepository {

    /** Stands for a known network without a lead (a row mapper cannot return null). */
    private static final UUID NO_LEAD = new UUID(0, 0);

    private final JdbcClient jdbc;

    NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Network find(UUID clientId) {
        return jdbc.sql("SELECT client_id, lead_id FROM network WHERE client_id = :clientId")
                .param("clientId", clientId)
                .query((rs, row) -> (UUID) rs.getObject("lead_id") == null ? NO_LEAD : (UUID) rs.getObject("lead_id"))
                .optional()
                .map(lead -> new Network(clientId, NO_LEAD.equals(lead) ? null : lead, new HashSet<>(jdbc.sql(
                                "SELECT professional_id FROM network_member WHERE client_id = :clientId")
                        .param("clientId", clientId).query(UUID.class).list())))
                .orElseGet(() -> Network.unknown(clientId));
    }

    /**
     * Records the network as of {@code asOf}. An event older than the copy (delivered late) does not roll it back.
     * A {@code null} lead keeps the known one when {@code leadKnown} is false (schedule events do not carry it).
     */
    public void apply(UUID clientId, Collection<UUID> memberIds, UUID leadId, boolean leadKnown, Instant asOf) {
        int applied = jdbc.sql("""
                        INSERT INTO network (client_id, lead_id, as_of) VALUES (:clientId, :leadId, :asOf)
                        ON CONFLICT (client_id) DO UPDATE SET
                            lead_id = CASE WHEN :leadKnown THEN excluded.lead_id ELSE network.lead_id END,
                            as_of = excluded.as_of
                        WHERE network.as_of <= excluded.as_of""")
                .param("clientId", clientId).param("leadId", leadId).param("leadKnown", leadKnown)
                .param("asOf", java.sql.Timestamp.from(asOf))
                .update();
        if (applied == 0) {
            return;
        }
        UUID[] members = new HashSet<>(memberIds).toArray(UUID[]::new);
        jdbc.sql("DELETE FROM network_member WHERE client_id = :clientId AND professional_id <> ALL (:members)")
                .param("clientId", clientId).param("members", members).update();
        jdbc.sql("""
                        INSERT INTO network_member (client_id, professional_id)
                        SELECT :clientId, member FROM unnest(:members) AS member
                        ON CONFLICT DO NOTHING""")
                .param("clientId", clientId).param("members", members).update();
    }
}
