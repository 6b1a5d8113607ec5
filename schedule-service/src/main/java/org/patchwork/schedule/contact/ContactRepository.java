package org.patchwork.schedule.contact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ContactRepository {

    private static final String VIEW = """
            SELECT c.id, c.client_id, c.professional_id, p.name AS professional_name, c.agency,
                   p.job_title, c.contacted_at, c.channel, c.outcome, c.visit_id
            FROM contact c LEFT JOIN professional p ON p.id = c.professional_id
            """;

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Contact contact) {
        jdbc.sql("""
                        INSERT INTO contact (id, client_id, professional_id, agency, contacted_at, channel, outcome,
                                             visit_id, recorded_by, recorded_at)
                        VALUES (:id, :clientId, :professionalId, :agency, :contactedAt, :channel, :outcome,
                                :visitId, :recordedBy, :recordedAt)""")
                .param("id", contact.id())
                .param("clientId", contact.clientId())
                .param("professionalId", contact.professionalId())
                .param("agency", contact.agency())
                .param("contactedAt", Timestamp.from(contact.contactedAt()))
                .param("channel", contact.channel().name())
                .param("outcome", contact.outcome().name())
                .param("visitId", contact.visitId())
                .param("recordedBy", contact.recordedBy())
                .param("recordedAt", Timestamp.from(contact.recordedAt()))
                .update();
    }

    List<ContactView> since(UUID clientId, Instant since, int limit) {
        return jdbc.sql(VIEW + """
                        WHERE c.client_id = :clientId AND c.contacted_at >= :since
                        ORDER BY c.contacted_at DESC, c.recorded_at DESC LIMIT :limit""")
                .param("clientId", clientId).param("since", Timestamp.from(since)).param("limit", limit)
                .query(Rows.of(ContactView.class)).list();
    }

    Optional<ContactView> latest(UUID clientId) {
        return jdbc.sql(VIEW + "WHERE c.client_id = :clientId ORDER BY c.contacted_at DESC, c.recorded_at DESC LIMIT 1")
                .param("clientId", clientId).query(Rows.of(ContactView.class)).optional();
    }

    /** When someone last saw the client (see {@link ContactRules#seesTheClient}). */
    Optional<Instant> lastSeen(UUID clientId) {
        return jdbc.sql("""
                        SELECT max(contacted_at) FROM contact
                        WHERE client_id = :clientId AND outcome = 'COMPLETED' AND channel <> 'PHONE'""")
                .param("clientId", clientId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }
}
