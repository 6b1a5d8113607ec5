package org.patchwork.schedule.subjectaccess;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubjectAccessRepository {

    private final JdbcClient jdbc;

    SubjectAccessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether someone of the agency is in the client's network now (as the network service last told us). */
    boolean agencyInvolved(UUID clientId, String agency) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM network_member m JOIN professional p ON p.id = m.professional_id
                                       WHERE m.client_id = :clientId AND p.agency = :agency)""")
                .param("clientId", clientId).param("agency", agency).query(Boolean.class).single();
    }

    /** Empty when the schedule has never heard of the client. */
    Optional<ScheduleHeld> heldAbout(UUID clientId) {
        Optional<KnownClient> client = jdbc.sql("SELECT not_seen_threshold_days FROM network_client WHERE id = :clientId")
                .param("clientId", clientId).query(Rows.of(KnownClient.class)).optional();
        if (client.isEmpty()) {
            return Optional.empty();
        }
        List<ScheduleHeld.Visit> visits = jdbc.sql("""
                        SELECT id, visitor_professional_id, visitor_agency, kind, starts_at, duration_minutes, purpose,
                               status, cancel_reason, scheduled_by AS scheduled_by_professional_id, created_at,
                               updated_at
                        FROM visit WHERE client_id = :clientId ORDER BY starts_at, id""")
                .param("clientId", clientId).query(Rows.of(ScheduleHeld.Visit.class)).list();
        List<ScheduleHeld.Contact> contacts = jdbc.sql("""
                        SELECT id, professional_id, agency, contacted_at, channel, outcome, visit_id,
                               recorded_by AS recorded_by_professional_id, recorded_at
                        FROM contact WHERE client_id = :clientId ORDER BY contacted_at, id""")
                .param("clientId", clientId).query(Rows.of(ScheduleHeld.Contact.class)).list();
        return Optional.of(new ScheduleHeld(clientId, client.get().notSeenThresholdDays(), visits, contacts));
    }

    /** A client the network service told us about; the lead's not-seen threshold when they set one. */
    record KnownClient(Integer notSeenThresholdDays) {
    }
}
