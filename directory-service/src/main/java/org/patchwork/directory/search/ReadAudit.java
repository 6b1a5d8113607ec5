package org.patchwork.directory.search;

import java.sql.Timestamp;
import java.time.Clock;

import org.patchwork.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records each bulk read of the directory (a search): who, what they asked, and how many entries they got. */
@Component
class ReadAudit {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReadAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(Caller caller, String action, String criteria, int results) {
        jdbc.sql("""
                        INSERT INTO read_audit (occurred_at, actor_subject, actor_agency, action, criteria, results)
                        VALUES (:at, :subject, :agency, :action, :criteria, :results)""")
                .param("at", Timestamp.from(clock.instant())).param("subject", caller.subject())
                .param("agency", caller.agency()).param("action", action).param("criteria", criteria)
                .param("results", results).update();
    }
}
