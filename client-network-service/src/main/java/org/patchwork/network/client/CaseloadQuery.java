package org.patchwork.network.client;

import java.util.List;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clients a professional currently supports, with their role and the open attentions of each. */
@Repository
class CaseloadQuery {

    private final JdbcClient jdbc;

    CaseloadQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }
    List<MyClient> currentlySupportedBy(UUID professionalId) {
        return jdbc.sql("""
                        SELECT c.id, c.given_name, c.family_name, c.known_as, c.date_of_birth, c.status,
                               m.role AS my_role, m.joined_at AS member_since, c.created_at AS registered_at,
                               open.attentions, open.urgent_attentions
                        FROM client c JOIN membership m ON m.client_id = c.id
                        CROSS JOIN LATERAL (
                            SELECT count(*) AS attentions,
                                   count(*) FILTER (WHERE a.priority = 'URGENT') AS urgent_attentions
                            FROM attention a WHERE a.client_id = c.id AND a.resolved_at IS NULL) open
                        WHERE m.professional_id = :professionalId AND m.ended_at IS NULL
                        ORDER BY c.family_name, c.given_name""")
                .param("professionalId", professionalId)
                .query(Rows.of(MyClient.class)).list();
    }
}
