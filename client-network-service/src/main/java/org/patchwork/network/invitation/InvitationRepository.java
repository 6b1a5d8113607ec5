package org.patchwork.network.invitation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Invitation> findById(UUID id) {
        return jdbc.sql("SELECT * FROM invitation WHERE id = :id FOR UPDATE").param("id", id)
                .query(Rows.of(Invitation.class)).optional();
    }

    boolean hasPending(UUID clientId, UUID inviteeId) {
        return jdbc.sql("""
                        SELECT count(*) FROM invitation
                        WHERE client_id = :clientId AND invitee_professional_id = :inviteeId AND status = 'PENDING'""")
                .param("clientId", clientId).param("inviteeId", inviteeId).query(Long.class).single() > 0;
    }

    List<Invitation> pendingFor(UUID inviteeId, Instant now) {
        return jdbc.sql("""
                        SELECT * FROM invitation
                        WHERE invitee_professional_id = :inviteeId AND status = 'PENDING' AND expires_at > :now
                        ORDER BY created_at""")
                .param("inviteeId", inviteeId).param("now", Timestamp.from(now)).query(Rows.of(Invitation.class)).list();
    }

    /** Overdue invitations, locked so that two instances running the expiry job never expire one twice. */
    List<Invitation> lockOverdue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM invitation WHERE status = 'PENDING' AND expires_at <= :now
                        ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(Rows.of(Invitation.class)).list();
    }

    void insert(Invitation invitation) {
        jdbc.sql("""
                        INSERT INTO invitation (id, client_id, invitee_professional_id, invited_by_professional_id,
                                                reason, status, created_at, expires_at)
                        VALUES (:id, :clientId, :inviteeId, :invitedById, :reason, :status, :createdAt, :expiresAt)""")
                .param("id", invitation.id())
                .param("clientId", invitation.clientId())
                .param("inviteeId", invitation.inviteeProfessionalId())
                .param("invitedById", invitation.invitedByProfessionalId())
                .param("reason", invitation.reason())
                .param("status", invitation.status().name())
                .param("createdAt", Timestamp.from(invitation.createdAt()))
                .param("expiresAt", Timestamp.from(invitation.expiresAt()))
                .update();
    }

    void answer(UUID id, InvitationStatus status, Instant at) {
        jdbc.sql("UPDATE invitation SET status = :status, responded_at = :at WHERE id = :id")
                .param("id", id).param("status", status.name()).param("at", Timestamp.from(at)).update();
    }
}
