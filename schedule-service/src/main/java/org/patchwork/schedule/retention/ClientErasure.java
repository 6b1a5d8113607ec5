package org.patchwork.schedule.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases what this service holds about a client whose records client-network-service erased at the end of the
 * retention period: visits, contacts, early warnings and the copy of the network. The access log is kept,
 * pseudonymised: the client's id is replaced by a random pseudonym recorded nowhere else, and the erasure is
 * recorded under it. Run in the transaction of the event's consumption; a second delivery finds nothing left.
 */
@Component
public class ClientErasure {

    private static final Logger log = LoggerFactory.getLogger(ClientErasure.class);

    /** Children first: a clash names two visits, a contact may name its visit. */
    private static final List<String> CLIENT_ROWS = List.of("""
                    DELETE FROM visit_clash
                    WHERE first_visit_id IN (SELECT id FROM visit WHERE client_id = :clientId)
                       OR second_visit_id IN (SELECT id FROM visit WHERE client_id = :clientId)""",
            "DELETE FROM contact WHERE client_id = :clientId",
            "DELETE FROM visit WHERE client_id = :clientId",
            "DELETE FROM not_seen_episode WHERE client_id = :clientId",
            "DELETE FROM network_member WHERE client_id = :clientId",
            "DELETE FROM network_client WHERE id = :clientId");

    private final JdbcClient jdbc;
    private final Clock clock;

    ClientErasure(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void erase(UUID clientId) {
        int rows = 0;
        for (String delete : CLIENT_ROWS) {
            rows += jdbc.sql(delete).param("clientId", clientId).update();
        }
        int accessRecords = jdbc.sql("SELECT count(*) FROM access_record WHERE client_id = :clientId")
                .param("clientId", clientId).query(Integer.class).single();
        if (accessRecords > 0) {
            UUID pseudonym = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO access_record (keycloak_subject, professional_id, agency, action, client_id, at)
                            VALUES ('system', NULL, 'patchwork', 'CLIENT_RECORDS_ERASED', :pseudonym, :at)""")
                    .param("pseudonym", pseudonym).param("at", Timestamp.from(clock.instant())).update();
            jdbc.sql("UPDATE access_record SET client_id = :pseudonym WHERE client_id = :clientId")
                    .param("pseudonym", pseudonym).param("clientId", clientId).update();
        }
        if (rows + accessRecords > 0) {
            log.info("A client's records erased after the retention period: {} rows, {} access records pseudonymised",
                    rows, accessRecords);
        }
    }
}
