package org.patchwork.network.attention;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttentionRepository {

    static final int SHOWN = 100;

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
        return jdbc.sql("""
                        SELECT a.id, a.client_id, a.raised_by_professional_id, p.name AS raised_by_name,
                               p.agency AS raised_by_agency, a.priority, a.message, a.raised_at
                        FROM attention a LEFT JOIN professional_contact p ON p.id = a.raised_by_professional_id
                        WHERE a.client_id = :clientId
                        ORDER BY a.raised_at DESC LIMIT :limit""")
                .param("clientId", clientId).param("limit", SHOWN)
                .query(AttentionView.class).list();
    }
}
