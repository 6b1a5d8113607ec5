package org.patchwork.schedule.warning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Open not-seen episodes: one row per client already warned about, until someone sees them. */
@Repository
class NotSeenEpisodes {

    private final JdbcClient jdbc;

    NotSeenEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens an episode; false when one is already open, so the warning went out before. */
    boolean open(UUID clientId, Instant at) {
        return jdbc.sql("INSERT INTO not_seen_episode (client_id, raised_at) VALUES (:clientId, :at) ON CONFLICT DO NOTHING")
                .param("clientId", clientId).param("at", Timestamp.from(at)).update() == 1;
    }

    void close(UUID clientId) {
        jdbc.sql("DELETE FROM not_seen_episode WHERE client_id = :clientId").param("clientId", clientId).update();
    }
}
