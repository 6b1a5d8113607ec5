package org.patchwork.schedule.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NetworkRepository {

    private final JdbcClient jdbc;

    NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<NetworkClient> findById(UUID clientId) {
        return jdbc.sql("SELECT * FROM network_client WHERE id = :id").param("id", clientId)
                .query(Rows.of(NetworkClient.class)).optional();
    }

    public List<UUID> memberIds(UUID clientId) {
        return jdbc.sql("SELECT professional_id FROM network_member WHERE client_id = :clientId ORDER BY professional_id")
                .param("clientId", clientId).query(UUID.class).list();
    }

    public boolean isMember(UUID clientId, UUID professionalId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM network_member
                                       WHERE client_id = :clientId AND professional_id = :professionalId)""")
                .param("clientId", clientId).param("professionalId", professionalId).query(Boolean.class).single();
    }

    /** The open clients, for the daily not-seen check. */
    public List<NetworkClient> openClients() {
        return jdbc.sql("SELECT * FROM network_client WHERE status = 'OPEN' ORDER BY id").query(Rows.of(NetworkClient.class)).list();
    }

    void setNotSeenThreshold(UUID clientId, int days) {
        jdbc.sql("UPDATE network_client SET not_seen_threshold_days = :days WHERE id = :id")
                .param("days", days).param("id", clientId).update();
    }

    /**
     * Takes the network an event describes unless a newer event already did: the two topics are not ordered with
     * each other, so the time of the fact decides.
     *
     * @return whether this event's view of the network was taken
     */
    boolean applyNetwork(UUID clientId, String initials, UUID leadId, List<UUID> memberIds, Instant asOf) {
        int taken = jdbc.sql("""
                        INSERT INTO network_client (id, initials, status, lead_professional_id, known_since, membership_as_of)
                        VALUES (:id, :initials, 'OPEN', :leadId, :asOf, :asOf)
                        ON CONFLICT (id) DO UPDATE SET
                            initials = COALESCE(excluded.initials, network_client.initials),
                            lead_professional_id = excluded.lead_professional_id,
                            known_since = LEAST(network_client.known_since, excluded.known_since),
                            membership_as_of = excluded.membership_as_of
                        WHERE network_client.membership_as_of <= excluded.membership_as_of""")
                .param("id", clientId)
                .param("initials", initials == null ? "?" : initials)
                .param("leadId", leadId)
                .param("asOf", Timestamp.from(asOf))
                .update();
        if (taken == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM network_member WHERE client_id = :clientId").param("clientId", clientId).update();
        for (UUID memberId : memberIds) {
            jdbc.sql("INSERT INTO network_member (client_id, professional_id) VALUES (:clientId, :memberId) ON CONFLICT DO NOTHING")
                    .param("clientId", clientId).param("memberId", memberId).update();
        }
        return true;
    }

    void close(UUID clientId) {
        jdbc.sql("UPDATE network_client SET status = 'CLOSED' WHERE id = :id").param("id", clientId).update();
    }

    void reopen(UUID clientId) {
        jdbc.sql("UPDATE network_client SET status = 'OPEN' WHERE id = :id").param("id", clientId).update();
    }
}
