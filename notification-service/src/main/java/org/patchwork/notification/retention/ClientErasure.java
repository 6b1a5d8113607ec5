package org.patchwork.notification.retention;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases what this service holds about a client whose records were erased at the end of the retention period: the
 * copy of their network, their open invitations, and what alerts said about them. An alert not delivered yet is
 * dropped (it would speak of a client who no longer exists); one already delivered, or given up on, stays as the
 * operators' record of a message sent — its kind, channel, recipient, status, attempts, times and the provider's
 * reference — with the client, its subject, body and link removed. Run in the transaction of the event's
 * consumption; a second delivery finds nothing left.
 */
@Component
public class ClientErasure {

    /** What an alert about an erased client says, in place of its subject. */
    public static final String ERASED_SUBJECT = "(alert about a client whose records were erased)";

    private static final Logger log = LoggerFactory.getLogger(ClientErasure.class);

    private final JdbcClient jdbc;

    ClientErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void erase(UUID clientId) {
        int dropped = jdbc.sql("""
                        DELETE FROM notification
                        WHERE client_id = :clientId AND status IN ('PENDING', 'FAILED', 'AWAITING_DIGEST')""")
                .param("clientId", clientId).update();
        int kept = jdbc.sql("""
                        UPDATE notification SET client_id = NULL, subject = :subject, body = '', link = ''
                        WHERE client_id = :clientId""")
                .param("subject", ERASED_SUBJECT).param("clientId", clientId).update();
        int copies = jdbc.sql("DELETE FROM open_invitation WHERE client_id = :clientId").param("clientId", clientId)
                .update()
                + jdbc.sql("DELETE FROM network WHERE client_id = :clientId").param("clientId", clientId).update();
        if (dropped + kept + copies > 0) {
            log.info("A client's records erased after the retention period: {} undelivered alerts dropped, {} sent "
                    + "alerts kept without the client, {} copies erased", dropped, kept, copies);
        }
    }
}
