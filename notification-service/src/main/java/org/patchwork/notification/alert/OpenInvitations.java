package org.patchwork.notification.alert;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations sent and not yet answered, so their invitees can be reminded before they expire. */
@Repository
class OpenInvitations {

    record OpenInvitation(UUID invitationId, UUID clientId, String clientInitials, UUID inviteeId, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    OpenInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens an invitation, unless it was closed already (its InvitationSent arriving after the answer).
     *
     * @return whether this opened it: false when it was closed, or open, already
     */
    boolean open(UUID invitationId, UUID clientId, String clientInitials, UUID inviteeId, Instant expiresAt) {
        return jdbc.sql("""
                        INSERT INTO open_invitation (invitation_id, client_id, client_initials, invitee_id, expires_at)
                        SELECT :invitationId, :clientId, :initials, :inviteeId, :expiresAt
                        WHERE NOT EXISTS (SELECT 1 FROM closed_invitation WHERE invitation_id = :invitationId)
                        ON CONFLICT (invitation_id) DO NOTHING""")
                .param("invitationId", invitationId).param("clientId", clientId).param("initials", clientInitials)
                .param("inviteeId", inviteeId).param("expiresAt", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .update() == 1;
    }

    /** Closes an invitation for good: answered, expired or withdrawn. */
    void close(UUID invitationId) {
        jdbc.sql("DELETE FROM open_invitation WHERE invitation_id = :id").param("id", invitationId).update();
        jdbc.sql("INSERT INTO closed_invitation (invitation_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .param("id", invitationId).update();
    }

    /** Locks the open invitations whose reminder is due at {@code now} (expiring within {@code before}). */
    List<OpenInvitation> lockDueForReminder(Instant now, java.time.Duration before) {
        return jdbc.sql("""
                        SELECT invitation_id, client_id, client_initials, invitee_id, expires_at FROM open_invitation
                        WHERE NOT reminded AND expires_at > :now AND expires_at <= :horizon
                        ORDER BY expires_at LIMIT 500 FOR UPDATE SKIP LOCKED""")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("horizon", OffsetDateTime.ofInstant(now.plus(before), ZoneOffset.UTC))
                .query((rs, row) -> new OpenInvitation(rs.getObject("invitation_id", UUID.class),
                        rs.getObject("client_id", UUID.class), rs.getString("client_initials"),
                        rs.getObject("invitee_id", UUID.class),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    void markReminded(UUID invitationId) {
        jdbc.sql("UPDATE open_invitation SET reminded = TRUE WHERE invitation_id = :id").param("id", invitationId)
                .update();
    }
}
