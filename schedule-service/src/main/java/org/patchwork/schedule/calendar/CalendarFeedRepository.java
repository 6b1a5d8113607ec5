package org.patchwork.schedule.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarFeedRepository {

    private final JdbcClient jdbc;

    CalendarFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes this the professional's only feed token: an earlier URL stops working. */
    void replace(UUID professionalId, String tokenHash, Instant at) {
        jdbc.sql("""
                        INSERT INTO calendar_feed (professional_id, token_hash, created_at)
                        VALUES (:professionalId, :tokenHash, :at)
                        ON CONFLICT (professional_id) DO UPDATE SET token_hash = excluded.token_hash,
                                                                    created_at = excluded.created_at""")
                .param("professionalId", professionalId).param("tokenHash", tokenHash).param("at", Timestamp.from(at))
                .update();
    }

    boolean delete(UUID professionalId) {
        return jdbc.sql("DELETE FROM calendar_feed WHERE professional_id = :professionalId")
                .param("professionalId", professionalId).update() == 1;
    }

    Optional<Instant> createdAt(UUID professionalId) {
        return jdbc.sql("SELECT created_at FROM calendar_feed WHERE professional_id = :professionalId")
                .param("professionalId", professionalId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    Optional<UUID> ownerOf(String tokenHash) {
        return jdbc.sql("SELECT professional_id FROM calendar_feed WHERE token_hash = :tokenHash")
                .param("tokenHash", tokenHash).query(UUID.class).optional();
    }
}
