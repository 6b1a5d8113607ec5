package org.patchwork.network.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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

    /**
     * The schedule service's record of a professional reading or changing client schedules, copied into this trail.
     * A read of one client carries the basis of the reader's membership at that moment (the schedule records no
     * basis, and only members may read it); a read of many is stored as a listing, one of none (a calendar) with no
     * client.
     */
    void recordScheduleAccess(ScheduleAccess access) {
        List<UUID> clientIds = access.clientIds();
        UUID clientId = clientIds.size() == 1 ? clientIds.getFirst() : null;
        jdbc.sql("""
                        INSERT INTO audit_record (occurred_at, service, actor_subject, actor_professional_id,
                                                  actor_agency, action, client_id, client_ids, basis)
                        VALUES (:at, 'schedule', :subject, :actor, :agency, :action, :clientId, :clientIds,
                                (SELECT legal_basis FROM membership
                                 WHERE client_id = :clientId AND professional_id = :actor AND joined_at <= :at
                                   AND (ended_at IS NULL OR ended_at > :at)
                                 ORDER BY joined_at DESC LIMIT 1))""")
                .param("at", Timestamp.from(access.occurredAt()))
                .param("subject", access.professional().keycloakSubject() == null ? ""
                        : access.professional().keycloakSubject())
                .param("actor", access.professional().id())
                .param("agency", access.professional().agency())
                .param("action", access.action())
                .param("clientId", clientId)
                .param("clientIds", clientIds.size() > 1 ? clientIds.toArray(UUID[]::new) : null)
                .update();
    }

    /** The parts of the schedule's {@code ScheduleAccessed} event (topic {@code schedule.access}) the trail keeps. */
    record ScheduleAccess(Instant occurredAt, Professional professional, String action, List<UUID> clientIds) {

        record Professional(UUID id, String keycloakSubject, String agency) {
        }
    }
}
