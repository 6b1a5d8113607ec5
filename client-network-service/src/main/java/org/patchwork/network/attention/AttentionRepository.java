package org.patchwork.network.attention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttentionRepository {

    static final int SHOWN = 100;

    private static final String VIEW = """
            SELECT a.id, a.client_id, a.raised_by_professional_id, p.name AS raised_by_name,
                   p.agency AS raised_by_agency, a.priority, a.message, a.raised_at, a.resolved_at,
                   r.name AS resolved_by_name
            FROM attention a
            LEFT JOIN professional_contact p ON p.id = a.raised_by_professional_id
            LEFT JOIN professional_contact r ON r.id = a.resolved_by_professional_id
            WHERE a.client_id = :clientId""";

    private final JdbcClient jdbc;

    AttentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Attention attention) {
        jdbc.sql("""
                        INSERT INTO attention (id, client_id, raised_by_professional_id, priority, message, raised_at)
                        VALUES (:id, :clientId, :raisedBy, :priority, :message, :raisedAt)""")
                .param("id", attention.id())
                .param("clientId", attention.clientId())
                .param("raisedBy", attention.raisedByProfessionalId())
                .param("priority", attention.priority().name())
                .param("message", attention.message())
                .param("raisedAt", Timestamp.from(attention.raisedAt()))
                .update();
    }

    List<AttentionView> latest(UUID clientId) {
        return jdbc.sql(VIEW + " ORDER BY a.raised_at DESC LIMIT :limit")
                .param("clientId", clientId).param("limit", SHOWN)
                .query(Rows.of(AttentionView.class)).list();
    }

    List<AttentionView> open(UUID clientId) {
        return jdbc.sql(VIEW + " AND a.resolved_at IS NULL ORDER BY a.raised_at DESC LIMIT :limit")
                .param("clientId", clientId).param("limit", SHOWN)
                .query(Rows.of(AttentionView.class)).list();
    }

    Optional<AttentionView> find(UUID clientId, UUID attentionId) {
        return jdbc.sql(VIEW + " AND a.id = :id").param("clientId", clientId).param("id", attentionId)
                .query(Rows.of(AttentionView.class)).optional();
    }

    /** Marks the attention as dealt with unless it already is; false when it was. */
    boolean resolve(UUID clientId, UUID attentionId, UUID professionalId, Instant at) {
        return jdbc.sql("""
                        UPDATE attention SET resolved_at = :at, resolved_by_professional_id = :by
                        WHERE id = :id AND client_id = :clientId AND resolved_at IS NULL""")
                .param("at", Timestamp.from(at)).param("by", professionalId).param("id", attentionId)
                .param("clientId", clientId).update() == 1;
    }
}
