package org.patchwork.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.patchwork.notification.config.NotificationProperties;
import org.patchwork.notification.preference.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of notifications and their delivery states. */
@Repository
public class NotificationRepository {

    private final JdbcClient jdbc;
    private final Duration coalesceWithin;
    private final DeliveryTracing tracing;

    NotificationRepository(JdbcClient jdbc, NotificationProperties properties, DeliveryTracing tracing) {
        this.coalesceWithin = properties.coalesceWithin();
        this.jdbc = jdbc;
        this.tracing = tracing;
    }

    /**
     * Records the notification once per event, recipient and channel. One that would be sent at once, of the same
     * kind, client, recipient and channel as one recorded for sending within {@code coalesceWithin} before it, is
     * recorded COALESCED instead: kept in the history, never sent, so a burst of alerts reaches the recipient once.
     */
    public boolean record(NewNotification notification) {
        NotificationStatus status = notification.awaitingDigest() ? NotificationStatus.AWAITING_DIGEST
                : NotificationStatus.PENDING;
        boolean coalescible = status == NotificationStatus.PENDING && coalesceWithin.isPositive();
        return jdbc.sql("""
                        INSERT INTO notification (id, event_id, recipient_id, channel, kind, urgent, client_id, subject,
                                                  body, link, status, next_attempt_at, event_occurred_at, created_at,
                                                  traceparent, recipient_role)
                        VALUES (:id, :eventId, :recipientId, :channel, :kind, :urgent, :clientId, :subject, :body, :link,
                                CASE WHEN :coalescible AND EXISTS (
                                        SELECT 1 FROM notification
                                        WHERE recipient_id = :recipientId AND kind = :kind AND channel = :channel
                                          AND client_id IS NOT DISTINCT FROM CAST(:clientId AS UUID)
                                          AND status NOT IN ('COALESCED', 'AWAITING_DIGEST', 'DIGESTED')
                                          AND created_at > :since)
                                     THEN 'COALESCED' ELSE :status END,
                                :notBefore, :eventOccurredAt, :createdAt, :traceparent,
                                CASE WHEN CAST(:clientId AS UUID) IS NULL THEN NULL
                                     WHEN EXISTS (SELECT 1 FROM network WHERE client_id = :clientId
                                                                        AND lead_id = :recipientId) THEN 'LEAD'
                                     WHEN EXISTS (SELECT 1 FROM network_member WHERE client_id = :clientId
                                                                              AND professional_id = :recipientId)
                                         THEN 'MEMBER'
                                     ELSE 'OUTSIDE_THE_TEAM' END)
                        ON CONFLICT ON CONSTRAINT notification_once_per_event_recipient_channel DO NOTHING""")
                .param("id", UUID.randomUUID())
                .param("eventId", notification.eventId())
                .param("recipientId", notification.recipientId())
                .param("channel", notification.channel().name())
                .param("kind", notification.kind())
                .param("urgent", notification.urgent())
                .param("clientId", notification.clientId())
                .param("subject", notification.subject())
                .param("body", notification.body())
                .param("link", notification.link())
                .param("status", status.name())
                .param("coalescible", coalescible)
                .param("since", at(notification.createdAt().minus(coalesceWithin)))
                .param("notBefore", at(notification.notBefore()))
                .param("eventOccurredAt", at(notification.eventOccurredAt()))
                .param("createdAt", at(notification.createdAt()))
                .param("traceparent", tracing.currentTraceparent())
                .update() == 1;
    }

    /**
     * Claims up to {@code limit} notifications due at {@code now} for one dispatcher: each is leased until
     * {@code leaseUntil}, after which (the dispatcher having died) another may take it. Rows another dispatcher
     * is claiming are skipped, not waited for. A row still SENDING when claimed was left mid-send: whether its
     * provider took it is unknown.
     */
    List<OutgoingNotification> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                        UPDATE notification SET status = 'SENDING', next_attempt_at = :leaseUntil,
                            outcome_unknown = outcome_unknown OR status = 'SENDING'
                        WHERE id IN (SELECT id FROM notification
                                     WHERE status IN ('PENDING', 'SENDING', 'FAILED') AND next_attempt_at <= :now
                                     ORDER BY next_attempt_at
                                     LIMIT :limit
                                     FOR UPDATE SKIP LOCKED)
                        RETURNING id, recipient_id, channel, kind, subject, body, link, attempts, created_at,
                                  event_occurred_at, outcome_unknown, traceparent""")
                .param("now", at(now)).param("leaseUntil", at(leaseUntil)).param("limit", limit)
                .query(NotificationRepository::outgoing).list();
    }

    void markSent(UUID id, String providerReference, Instant now) {
        jdbc.sql("""
                        UPDATE notification SET status = 'SENT', sent_at = :now, attempts = attempts + 1,
                            provider_reference = :reference, last_error = NULL
                        WHERE id = :id""")
                .param("id", id).param("now", at(now)).param("reference", providerReference).update();
    }

    /**
     * @param outcomeUnknown whether the provider may have taken it nonetheless; once it may have, every later attempt
     *                       asks the provider first
     */
    void markFailed(UUID id, String error, Instant nextAttemptAt, boolean outcomeUnknown) {
        jdbc.sql("""
                        UPDATE notification SET status = 'FAILED', attempts = attempts + 1, last_error = :error,
                            next_attempt_at = :next, outcome_unknown = outcome_unknown OR :outcomeUnknown
                        WHERE id = :id""")
                .param("id", id).param("error", error).param("next", at(nextAttemptAt))
                .param("outcomeUnknown", outcomeUnknown).update();
    }

    void markDead(UUID id, String error) {
        jdbc.sql("UPDATE notification SET status = 'DEAD', attempts = attempts + 1, last_error = :error WHERE id = :id")
                .param("id", id).param("error", error).update();
    }

    /** Hands a claimed notification back untried, to go out at {@code at}. */
    void release(UUID id, Instant at) {
        jdbc.sql("UPDATE notification SET status = 'PENDING', next_attempt_at = :at WHERE id = :id AND status = 'SENDING'")
                .param("id", id).param("at", at(at)).update();
    }

    /** A notification that could not be delivered, as the operations team sees it: no address. */
    public record DeadNotification(UUID id, UUID recipientId, String channel, String kind, int attempts,
                                   String lastError, Instant createdAt) {
    }

    /** The DEAD notifications, newest first. */
    List<DeadNotification> dead(int limit) {
        return jdbc.sql("""
                        SELECT id, recipient_id, channel, kind, attempts, last_error, created_at FROM notification
                        WHERE status = 'DEAD' ORDER BY created_at DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> new DeadNotification(rs.getObject("id", UUID.class),
                        rs.getObject("recipient_id", UUID.class), rs.getString("channel"), rs.getString("kind"),
                        rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "created_at")))
                .list();
    }

    /**
     * Puts DEAD notifications back in the queue, due at {@code now} with their attempts reset: all of them, or the one
     * {@code id}. Returns how many. One older than the dispatcher's give-up time that fails for now again is dead
     * again at once: it is replayed once its cause is fixed.
     */
    int replayDead(UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE notification SET status = 'PENDING', attempts = 0, next_attempt_at = :now
                        WHERE status = 'DEAD' AND (CAST(:id AS UUID) IS NULL OR id = :id)""")
                .param("id", id).param("now", at(now)).update();
    }

    long countDead() {
        return jdbc.sql("SELECT count(*) FROM notification WHERE status = 'DEAD'").query(Long.class).single();
    }

    long countWaiting() {
        return jdbc.sql("SELECT count(*) FROM notification WHERE status IN ('PENDING', 'SENDING', 'FAILED')")
                .query(Long.class).single();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OutgoingNotification outgoing(ResultSet rs, int row) throws SQLException {
        return new OutgoingNotification(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
                Channel.valueOf(rs.getString("channel")), rs.getString("kind"), rs.getString("subject"),
                rs.getString("body"), rs.getString("link"), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "event_occurred_at"), rs.getBoolean("outcome_unknown"), rs.getString("traceparent"));
    }
}
