package org.patchwork.schedule.visit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VisitRepository {

    private static final String VIEW = """
            SELECT v.id, v.client_id, c.initials AS client_initials, v.visitor_professional_id,
                   p.name AS visitor_name, v.visitor_agency, p.job_title AS visitor_job_title, v.kind, v.starts_at,
                   v.starts_at + make_interval(mins => v.duration_minutes) AS ends_at, v.duration_minutes,
                   v.purpose, v.status, v.cancel_reason, v.scheduled_by
            FROM visit v
            JOIN network_client c ON c.id = v.client_id
            LEFT JOIN professional p ON p.id = v.visitor_professional_id
            """;

    private final JdbcClient jdbc;

    VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Visit visit) {
        jdbc.sql("""
                        INSERT INTO visit (id, client_id, visitor_professional_id, visitor_agency, kind, starts_at,
                                           duration_minutes, purpose, status, cancel_reason, scheduled_by,
                                           created_at, updated_at)
                        VALUES (:id, :clientId, :visitorId, :visitorAgency, :kind, :startsAt, :duration, :purpose,
                                :status, :cancelReason, :scheduledBy, :createdAt, :updatedAt)""")
                .param("id", visit.id())
                .param("clientId", visit.clientId())
                .param("visitorId", visit.visitorProfessionalId())
                .param("visitorAgency", visit.visitorAgency())
                .param("kind", visit.kind().name())
                .param("startsAt", Timestamp.from(visit.startsAt()))
                .param("duration", visit.durationMinutes())
                .param("purpose", visit.purpose())
                .param("status", visit.status().name())
                .param("cancelReason", visit.cancelReason())
                .param("scheduledBy", visit.scheduledBy())
                .param("createdAt", Timestamp.from(visit.createdAt()))
                .param("updatedAt", Timestamp.from(visit.updatedAt()))
                .update();
    }

    void update(Visit visit) {
        jdbc.sql("""
                        UPDATE visit SET starts_at = :startsAt, duration_minutes = :duration, status = :status,
                                         cancel_reason = :cancelReason, updated_at = :updatedAt
                        WHERE id = :id""")
                .param("id", visit.id())
                .param("startsAt", Timestamp.from(visit.startsAt()))
                .param("duration", visit.durationMinutes())
                .param("status", visit.status().name())
                .param("cancelReason", visit.cancelReason())
                .param("updatedAt", Timestamp.from(visit.updatedAt()))
                .update();
    }

    /** The visit, locked until the transaction ends so two changes to it cannot cross. */
    Optional<Visit> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM visit WHERE id = :id FOR UPDATE").param("id", id).query(Rows.of(Visit.class)).optional();
    }

    Optional<VisitView> view(UUID id) {
        return jdbc.sql(VIEW + "WHERE v.id = :id").param("id", id).query(Rows.of(VisitView.class)).optional();
    }

    /**
     * Scheduled visits of a client that have not ended yet, soonest first. No visit lasts more than 12 hours, so
     * the index on (client, start) skips the client's past year of visits.
     */
    List<VisitView> upcoming(UUID clientId, Instant now, int limit) {
        return jdbc.sql(VIEW + """
                        WHERE v.client_id = :clientId AND v.status = 'SCHEDULED'
                          AND v.starts_at > CAST(:now AS timestamptz) - INTERVAL '12 hours'
                          AND v.starts_at + make_interval(mins => v.duration_minutes) > :now
                        ORDER BY v.starts_at LIMIT :limit""")
                .param("clientId", clientId).param("now", Timestamp.from(now)).param("limit", limit)
                .query(Rows.of(VisitView.class)).list();
    }

    /** A professional's own scheduled visits that have not ended, to clients whose networks they are still in. */
    List<VisitView> upcomingOf(UUID professionalId, Instant now, int limit) {
        return jdbc.sql(VIEW + """
                        JOIN network_member m ON m.client_id = v.client_id AND m.professional_id = v.visitor_professional_id
                        WHERE v.visitor_professional_id = :professionalId AND v.status = 'SCHEDULED'
                          AND v.starts_at + make_interval(mins => v.duration_minutes) > :now
                        ORDER BY v.starts_at LIMIT :limit""")
                .param("professionalId", professionalId).param("now", Timestamp.from(now)).param("limit", limit)
                .query(Rows.of(VisitView.class)).list();
    }

    /** A professional's visits between two instants, whatever their status, for their calendar. */
    List<VisitView> ofVisitorBetween(UUID professionalId, Instant from, Instant to) {
        return jdbc.sql(VIEW + """
                        JOIN network_member m ON m.client_id = v.client_id AND m.professional_id = v.visitor_professional_id
                        WHERE v.visitor_professional_id = :professionalId AND v.starts_at >= :from AND v.starts_at < :to
                        ORDER BY v.starts_at""")
                .param("professionalId", professionalId).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(Rows.of(VisitView.class)).list();
    }

    /** Scheduled visits of a client starting within [from, to), for finding clashes. */
    List<Visit> scheduledBetween(UUID clientId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT * FROM visit WHERE client_id = :clientId AND status = 'SCHEDULED'
                          AND starts_at >= :from AND starts_at < :to ORDER BY starts_at""")
                .param("clientId", clientId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Rows.of(Visit.class)).list();
    }

    /** Serialises changes to one client's visits, so two visits booked at once still see each other's clash. */
    void lockClient(UUID clientId) {
        jdbc.sql("SELECT id FROM network_client WHERE id = :clientId FOR UPDATE").param("clientId", clientId)
                .query(UUID.class).optional();
    }

    /** Records that two visits clash; false when that pair was already announced. */
    boolean recordClash(UUID oneVisitId, UUID otherVisitId, Instant at) {
        // Compared as text, which orders UUIDs as PostgreSQL does (UUID.compareTo compares signed numbers).
        UUID first = oneVisitId.toString().compareTo(otherVisitId.toString()) < 0 ? oneVisitId : otherVisitId;
        UUID second = first.equals(oneVisitId) ? otherVisitId : oneVisitId;
        return jdbc.sql("""
                        INSERT INTO visit_clash (first_visit_id, second_visit_id, raised_at)
                        VALUES (:first, :second, :at) ON CONFLICT DO NOTHING""")
                .param("first", first).param("second", second).param("at", Timestamp.from(at))
                .update() == 1;
    }
}
