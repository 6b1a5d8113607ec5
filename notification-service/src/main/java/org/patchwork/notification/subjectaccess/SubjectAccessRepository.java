package org.patchwork.notification.subjectaccess;

import java.util.List;
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

    /** Whether someone of the agency is in the client's network now (as the network's events last said). */
    boolean agencyInvolved(UUID clientId, String agency) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM network_member m JOIN professional p ON p.id = m.professional_id
                                       WHERE m.client_id = :clientId AND p.agency = :agency)""")
                .param("clientId", clientId).param("agency", agency).query(Boolean.class).single();
    }

    List<AlertsHeld.Alert> alertsAbout(UUID clientId) {
        return jdbc.sql("""
                        SELECT n.kind, n.channel, n.created_at, n.sent_at, n.status, n.recipient_role,
                               p.agency AS recipient_agency
                        FROM notification n LEFT JOIN professional p ON p.id = n.recipient_id
                        WHERE n.client_id = :clientId ORDER BY n.created_at, n.id""")
                .param("clientId", clientId).query(Rows.of(AlertsHeld.Alert.class)).list();
    }
}
