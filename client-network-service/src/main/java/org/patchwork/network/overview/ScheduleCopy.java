package org.patchwork.network.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * This service's copy of what the caseload shows of each client's schedule, kept from the schedule service's events
 * ({@link ScheduleEventsListener}): the visits and where they stand, the latest contact and when someone last saw the
 * client. Visitors' and contacts' names come from this service's own copy of the directory.
 */
@Repository
class ScheduleCopy {

    private final JdbcClient jdbc;

    ScheduleCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A visit as an event describes it: scheduled or moved ({@code SCHEDULED}), or no longer to happen
     * ({@code CANCELLED}, {@code COMPLETED}, {@code NO_ACCESS}). An event older than the one the copy already has
     * changes nothing, so events reaching this service out of order leave the copy as the newest says.
     */
    void saveVisit(UUID clientId, ScheduleEvents.Visit visit, String status, Instant asOf) {
        jdbc.sql("""
                        INSERT INTO schedule_visit (id, client_id, visitor_professional_id, visitor_agency, kind,
                                                    starts_at, duration_minutes, status, as_of)
                        VALUES (:id, :clientId, :visitorId, :visitorAgency, :kind, :startsAt, :duration, :status,
                                :asOf)
                        ON CONFLICT (id) DO UPDATE SET
                            visitor_professional_id = excluded.visitor_professional_id,
                            visitor_agency = excluded.visitor_agency, kind = excluded.kind,
                            starts_at = excluded.starts_at, duration_minutes = excluded.duration_minutes,
                            status = excluded.status, as_of = excluded.as_of
                        WHERE schedule_visit.as_of <= excluded.as_of""")
                .param("id", visit.visitId())
                .param("clientId", clientId)
                .param("visitorId", visit.visitor().id())
                .param("visitorAgency", visit.visitor().agency())
                .param("kind", visit.kind())
                .param("startsAt", Timestamp.from(visit.startsAt()))
                .param("duration", visit.durationMinutes())
                .param("status", status)
                .param("asOf", Timestamp.from(asOf))
                .update();
    }

    /**
     * Forgets the visits that started before {@code cutoff}, whatever became of them: the caseload shows only
     * visits not yet over.
     *
     * @return how many were forgotten
     */
    int forgetVisitsStartedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM schedule_visit WHERE starts_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    /**
     * A contact recorded: it becomes the client's latest contact unless a later one is known (a contact may be
     * recorded days after it happened), and, when it saw the client, moves "last seen" forward.
     */
    void saveContact(ScheduleEvents.ContactRecorded contact) {
        jdbc.sql("""
                        INSERT INTO schedule_contact AS latest (client_id, contact_id, professional_id, agency,
                                                               contacted_at, recorded_at, channel, outcome, last_seen_at)
                        VALUES (:clientId, :contactId, :professionalId, :agency, :contactedAt, :recordedAt, :channel,
                                :outcome, :lastSeenAt)
                        ON CONFLICT (client_id) DO UPDATE SET
                            contact_id = excluded.contact_id, professional_id = excluded.professional_id,
                            agency = excluded.agency, contacted_at = excluded.contacted_at,
                            recorded_at = excluded.recorded_at, channel = excluded.channel,
                            outcome = excluded.outcome
                        WHERE (latest.contacted_at, latest.recorded_at) < (excluded.contacted_at, excluded.recorded_at)""")
                .param("clientId", contact.clientId())
                .param("contactId", contact.contactId())
                .param("professionalId", contact.professional().id())
                .param("agency", contact.professional().agency())
                .param("contactedAt", Timestamp.from(contact.contactedAt()))
                .param("recordedAt", Timestamp.from(contact.occurredAt()))
                .param("channel", contact.channel())
                .param("outcome", contact.outcome())
                .param("lastSeenAt", contact.seesTheClient() ? Timestamp.from(contact.contactedAt()) : null)
                .update();
        if (contact.seesTheClient()) {
            jdbc.sql("""
                            UPDATE schedule_contact SET last_seen_at = :contactedAt
                            WHERE client_id = :clientId AND (last_seen_at IS NULL OR last_seen_at < :contactedAt)""")
                    .param("clientId", contact.clientId())
                    .param("contactedAt", Timestamp.from(contact.contactedAt()))
                    .update();
        }
    }

    /**
     * For each of the clients that the copy knows anything of: the next visit (the first not yet over), the latest
     * contact and when someone last saw them. A visit lasts 12 hours at most, which bounds the search by start.
     */
    Map<UUID, Summary> summaries(List<UUID> clientIds, Instant now) {
        Map<UUID, Summary> summaries = new HashMap<>();
        jdbc.sql("""
                        SELECT ids.client_id,
                               nv.id AS visit_id, nv.visitor_professional_id, vp.name AS visitor_name,
                               nv.visitor_agency, nv.kind, nv.starts_at, nv.duration_minutes,
                               lc.contact_id, lc.professional_id AS contact_professional_id, cp.name AS contact_name,
                               lc.agency AS contact_agency, lc.contacted_at, lc.channel, lc.outcome, lc.last_seen_at
                        FROM unnest(CAST(:clientIds AS uuid[])) AS ids (client_id)
                        LEFT JOIN LATERAL (
                            SELECT v.* FROM schedule_visit v
                            WHERE v.client_id = ids.client_id AND v.status = 'SCHEDULED'
                              AND v.starts_at > CAST(:now AS timestamptz) - INTERVAL '12 hours'
                              AND v.starts_at + make_interval(mins => v.duration_minutes) > :now
                            ORDER BY v.starts_at LIMIT 1) nv ON true
                        LEFT JOIN professional_contact vp ON vp.id = nv.visitor_professional_id
                        LEFT JOIN schedule_contact lc ON lc.client_id = ids.client_id
                        LEFT JOIN professional_contact cp ON cp.id = lc.professional_id
                        WHERE nv.id IS NOT NULL OR lc.client_id IS NOT NULL""")
                .param("clientIds", clientIds.toArray(UUID[]::new))
                .param("now", Timestamp.from(now))
                .query((row, number) -> summary(row))
                .list()
                .forEach(summary -> summaries.put(summary.clientId(), summary));
        return summaries;
    }

    private static Summary summary(ResultSet row) throws SQLException {
        MyCaseload.NextVisit next = null;
        if (row.getObject("visit_id") != null) {
            Instant startsAt = instant(row, "starts_at");
            next = new MyCaseload.NextVisit(row.getObject("visit_id", UUID.class),
                    row.getObject("visitor_professional_id", UUID.class), row.getString("visitor_name"),
                    row.getString("visitor_agency"), row.getString("kind"), startsAt,
                    startsAt.plusSeconds(60L * row.getInt("duration_minutes")));
        }
        MyCaseload.LastContact last = null;
        if (row.getObject("contact_id") != null) {
            last = new MyCaseload.LastContact(row.getObject("contact_id", UUID.class),
                    row.getObject("contact_professional_id", UUID.class), row.getString("contact_name"),
                    row.getString("contact_agency"), instant(row, "contacted_at"), row.getString("channel"),
                    row.getString("outcome"));
        }
        return new Summary(row.getObject("client_id", UUID.class), next, last, instant(row, "last_seen_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** What the copy knows of one client's schedule; {@code lastSeenAt} is {@code null} while nobody has seen them. */
    record Summary(UUID clientId, MyCaseload.NextVisit nextVisit, MyCaseload.LastContact lastContact,
                   Instant lastSeenAt) {
    }
}
