package org.patchwork.network.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.patchwork.platform.security.Caller;
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
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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

    /**
     * A read of many clients at once (the caseload): one record naming every client, in the order they were
     * shown. The audit search shows it against each client, as if each had a record of its own. A listing of no
     * clients read no client data and is not recorded.
     */
    public void recordListing(Caller caller, UUID actorProfessionalId, AuditAction action, List<UUID> clientIds,
                              String detail) {
        if (clientIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO audit_record (occurred_at, actor_subject, actor_professional_id, actor_agency,
                                                  action, client_ids, detail)
                        VALUES (:at, :subject, :actor, :agency, :action, :clientIds, :detail)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("subject", caller.subject())
                .param("actor", actorProfessionalId)
                .param("agency", caller.agency())
                .param("action", action.name())
                .param("clientIds", clientIds.toArray(UUID[]::new))
                .param("detail", detail)
                .update();
    }
}
