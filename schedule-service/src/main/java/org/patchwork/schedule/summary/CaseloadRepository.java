package org.patchwork.schedule.summary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.schedule.contact.ContactChannel;
import org.patchwork.schedule.contact.ContactOutcome;
import org.patchwork.schedule.visit.VisitKind;
import org.patchwork.schedule.warning.NotSeenRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A professional's whole caseload in one statement: for each client whose network they are in, the next visit,
 * the last contact and when someone last saw the client, each found through the per-client indexes.
 */
@Repository
class CaseloadRepository {

    private final JdbcClient jdbc;

    CaseloadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ScheduleSummary> of(UUID professionalId, Instant now) {
        return jdbc.sql("""
                        SELECT nc.id AS client_id, nc.initials, nc.known_since,
                               nv.id AS visit_id, nv.visitor_professional_id, vp.name AS visitor_name,
                               nv.visitor_agency, nv.kind, nv.starts_at, nv.duration_minutes,
                               lc.id AS contact_id, lc.professional_id AS contact_professional_id,
                               cp.name AS contact_name, lc.agency AS contact_agency, lc.contacted_at, lc.channel,
                               lc.outcome, ls.last_seen
                        FROM network_member m
                        JOIN network_client nc ON nc.id = m.client_id
                        LEFT JOIN LATERAL (
                            SELECT v.* FROM visit v
                            WHERE v.client_id = nc.id AND v.status = 'SCHEDULED'
                              AND v.starts_at > CAST(:now AS timestamptz) - INTERVAL '12 hours'
                              AND v.starts_at + make_interval(mins => v.duration_minutes) > :now
                            ORDER BY v.starts_at LIMIT 1) nv ON true
                        LEFT JOIN professional vp ON vp.id = nv.visitor_professional_id
                        LEFT JOIN LATERAL (
                            SELECT c.* FROM contact c WHERE c.client_id = nc.id
                            ORDER BY c.contacted_at DESC, c.recorded_at DESC LIMIT 1) lc ON true
                        LEFT JOIN professional cp ON cp.id = lc.professional_id
                        LEFT JOIN LATERAL (
                            SELECT c.contacted_at AS last_seen FROM contact c
                            WHERE c.client_id = nc.id AND c.outcome = 'COMPLETED' AND c.channel <> 'PHONE'
                            ORDER BY c.contacted_at DESC LIMIT 1) ls ON true
                        WHERE m.professional_id = :professionalId""")
                .param("professionalId", professionalId)
                .param("now", Timestamp.from(now))
                .query((row, number) -> summary(row, now))
                .list();
    }

    private static ScheduleSummary summary(ResultSet row, Instant now) throws SQLException {
        ScheduleSummary.NextVisit next = null;
        if (row.getObject("visit_id") != null) {
            Instant startsAt = instant(row, "starts_at");
            next = new ScheduleSummary.NextVisit(row.getObject("visit_id", UUID.class),
                    row.getObject("visitor_professional_id", UUID.class), row.getString("visitor_name"),
                    row.getString("visitor_agency"), VisitKind.valueOf(row.getString("kind")), startsAt,
                    startsAt.plusSeconds(60L * row.getInt("duration_minutes")));
        }
        ScheduleSummary.LastContact last = null;
        if (row.getObject("contact_id") != null) {
            last = new ScheduleSummary.LastContact(row.getObject("contact_id", UUID.class),
                    row.getObject("contact_professional_id", UUID.class), row.getString("contact_name"),
                    row.getString("contact_agency"), instant(row, "contacted_at"),
                    ContactChannel.valueOf(row.getString("channel")), ContactOutcome.valueOf(row.getString("outcome")));
        }
        Instant lastSeen = instant(row, "last_seen");
        return new ScheduleSummary(row.getObject("client_id", UUID.class), row.getString("initials"), next, last,
                lastSeen, lastSeen == null ? null : NotSeenRules.daysBetween(lastSeen, now),
                lastSeen == null ? instant(row, "known_since") : lastSeen);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
