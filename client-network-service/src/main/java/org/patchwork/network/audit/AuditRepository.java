package org.patchwork.network.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the records an agency's IG officer may see: those of the agency's own staff, and every record
     * about a client the agency is or was involved with, whichever service recorded it. A listing of many clients is
     * shown once per client listed, and to another agency's officer only for the clients that agency is involved
     * with. One record more than the page is read, to tell whether another page follows.
     */
    List<AuditRecord> visibleToAgency(String agency, AuditQuery query) {
        return jdbc.sql("""
                        SELECT a.id, a.occurred_at, a.service, a.actor_professional_id, p.name AS actor_name,
                               a.actor_agency, a.action, coalesce(listed.client_id, a.client_id) AS client_id,
                               a.professional_id, a.basis, a.detail
                        FROM audit_record a
                        LEFT JOIN LATERAL unnest(a.client_ids) WITH ORDINALITY AS listed(client_id, position) ON true
                        LEFT JOIN professional_contact p ON p.id = a.actor_professional_id
                        WHERE (a.actor_agency = :agency
                               OR coalesce(listed.client_id, a.client_id)
                                      IN (SELECT client_id FROM membership WHERE agency = :agency))
                          AND (CAST(:clientId AS UUID) IS NULL
                               OR ((a.client_id = :clientId OR a.client_ids @> ARRAY[CAST(:clientId AS UUID)])
                                   AND coalesce(listed.client_id, a.client_id) = :clientId))
                          AND (CAST(:actor AS UUID) IS NULL OR a.actor_professional_id = :actor)
                          AND (CAST(:subject AS UUID) IS NULL OR a.professional_id = :subject)
                          AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR a.occurred_at >= :from)
                          AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR a.occurred_at < :to)
                        ORDER BY a.occurred_at DESC, a.id DESC, listed.position
                        OFFSET :offset LIMIT :limit""")
                .param("agency", agency)
                .param("clientId", query.clientId())
                .param("actor", query.actorProfessionalId())
                .param("subject", query.subjectProfessionalId())
                .param("from", query.from() == null ? null : Timestamp.from(query.from()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to()))
                .param("offset", query.offset())
                .param("limit", query.size() + 1)
                .query(Rows.of(AuditRecord.class)).list();
    }

    /** Whether the agency is, or ever was, involved with the client: only then may its officers ask about it. */
    boolean agencyEverInvolved(String agency, UUID clientId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM membership WHERE agency = :agency AND client_id = :clientId)")
                .param("agency", agency).param("clientId", clientId).query(Boolean.class).single();
    }
}
