package org.patchwork.network.report;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts behind an agency's report, each one query over this service's own tables. */
@Repository
class ReportRepository {

    /** The current memberships of the agency's staff in open clients' networks. */
    private static final String CURRENT_MEMBERSHIPS = """
            FROM membership m JOIN client c ON c.id = m.client_id
            WHERE m.agency = :agency AND m.ended_at IS NULL AND c.status = 'OPEN'""";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long clientsSupported(String agency) {
        return count("SELECT count(DISTINCT m.client_id) " + CURRENT_MEMBERSHIPS, agency);
    }

    long networksLed(String agency) {
        return count("SELECT count(*) " + CURRENT_MEMBERSHIPS + " AND m.role = 'LEAD'", agency);
    }

    long membershipsAwaitingConfirmation(String agency) {
        return count("SELECT count(*) " + CURRENT_MEMBERSHIPS + " AND m.confirmation_requested_at IS NOT NULL",
                agency);
    }

    /** Clients the agency supports whom nobody has seen since {@code cutoff} (never seen: since registration). */
    long clientsNotSeenSince(String agency, Instant cutoff) {
        return jdbc.sql("""
                        SELECT count(DISTINCT m.client_id)
                        """ + CURRENT_MEMBERSHIPS + """

                          AND COALESCE((SELECT sc.last_seen_at FROM schedule_contact sc WHERE sc.client_id = c.id),
                                       c.created_at) < :cutoff""")
                .param("agency", agency)
                .param("cutoff", Timestamp.from(cutoff))
                .query(Long.class).single();
    }

    /** Invitations to the agency's staff (as this service's copy of the directory places them) made since then. */
    InvitationCounts invitationsSince(String agency, Instant since) {
        return jdbc.sql("""
                        WITH received AS (
                            SELECT i.status, EXTRACT(EPOCH FROM (i.responded_at - i.created_at)) AS seconds
                            FROM invitation i JOIN professional_contact p ON p.id = i.invitee_professional_id
                            WHERE p.agency = :agency AND i.created_at >= :since)
                        SELECT count(*) AS sent,
                               count(*) FILTER (WHERE status = 'ACCEPTED') AS accepted,
                               count(*) FILTER (WHERE status = 'DECLINED') AS declined,
                               count(*) FILTER (WHERE status = 'EXPIRED') AS expired,
                               count(*) FILTER (WHERE status = 'PENDING') AS pending,
                               count(*) FILTER (WHERE status IN ('ACCEPTED', 'DECLINED') AND seconds <= 86400)
                                   AS within_day,
                               count(*) FILTER (WHERE status IN ('ACCEPTED', 'DECLINED') AND seconds > 86400
                                                  AND seconds <= 604800) AS within_week,
                               count(*) FILTER (WHERE status IN ('ACCEPTED', 'DECLINED') AND seconds > 604800)
                                   AS later,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds)
                                   FILTER (WHERE status IN ('ACCEPTED', 'DECLINED')) AS median_seconds
                        FROM received""")
                .param("agency", agency)
                .param("since", Timestamp.from(since))
                .query((rs, row) -> new InvitationCounts(rs.getLong("sent"), rs.getLong("accepted"),
                        rs.getLong("declined"), rs.getLong("expired"), rs.getLong("pending"),
                        rs.getLong("within_day"), rs.getLong("within_week"), rs.getLong("later"),
                        (Double) rs.getObject("median_seconds")))
                .single();
    }

    private long count(String sql, String agency) {
        return jdbc.sql(sql).param("agency", agency).query(Long.class).single();
    }

    record InvitationCounts(long sent, long accepted, long declined, long expired, long pending, long withinDay,
                            long withinWeek, long later, Double medianSeconds) {

        long answered() {
            return accepted + declined;
        }
    }
}
