package org.patchwork.network.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.patchwork.platform.security.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the audit trail: who (Keycloak subject, directory id, agency), did what, to which client (or about
 * which professional), when, and on what basis. Written in the caller's transaction, so a change that fails
 * leaves no record claiming it happened; the table itself refuses updates and deletes.
 */
@Component
public class AuditLog {

    static final String SYSTEM_ACTOR = "system";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    public void record(Caller caller, UUID actorProfessionalId, AuditAction action, UUID clientId,
                       UUID professionalId, String basis, String detail) {
        insert(caller.subject(), actorProfessionalId, caller.agency(), action, clientId, professionalId, basis, detail);
    }

    /** What the service did on its own, e.g. on hearing from the directory that someone left their agency. */
    public void recordSystem(String agency, AuditAction action, UUID clientId, UUID professionalId, String detail) {
        insert(SYSTEM_ACTOR, null, agency, action, clientId, professionalId, null, detail);
    }

    private void insert(String subject, UUID actorProfessionalId, String agency, AuditAction action, UUID clientId,
                        UUID professionalId, String basis, String detail) {
        jdbc.sql("""
                        INSERT INTO audit_record (occurred_at, actor_subject, actor_professional_id, actor_agency,
                                                  action, client_id, professional_id, basis, detail)
                        VALUES (:at, :subject, :actor, :agency, :action, :clientId, :professionalId, :basis, :detail)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("subject", subject)
                .param("actor", actorProfessionalId)
                .param("agency", agency)
                .param("action", action.name())
                .param("clientId", clientId)
                .param("professionalId", professionalId)
                .param("basis", basis)
                .param("detail", detail)
                .update();
    }

    /** The same read of many clients, one record each, written in one round trip (a caseload lists many). */
    public void recordAll(Caller caller, UUID actorProfessionalId, AuditAction action, List<UUID> clientIds,
                          String detail) {
        Timestamp at = Timestamp.from(clock.instant());
        batch.batchUpdate("""
                        INSERT INTO audit_record (occurred_at, actor_subject, actor_professional_id, actor_agency,
                                                  action, client_id, detail)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", clientIds, clientIds.size(), (statement, clientId) -> {
            statement.setTimestamp(1, at);
            statement.setString(2, caller.subject());
            statement.setObject(3, actorProfessionalId);
            statement.setString(4, caller.agency());
            statement.setString(5, action.name());
            statement.setObject(6, clientId);
            statement.setString(7, detail);
        });
    }
}
