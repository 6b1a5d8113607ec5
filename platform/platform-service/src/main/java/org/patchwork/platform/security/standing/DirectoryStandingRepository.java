package org.patchwork.platform.security.standing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The service's {@code directory_standing} table. */
class DirectoryStandingRepository {

    private final JdbcClient jdbc;

    DirectoryStandingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the directory's word as of {@code asOf}, unless a newer word is already held (events may arrive out
     * of order).
     *
     * @return whether the row changed
     */
    boolean record(StandingKind kind, String key, boolean barred, Instant asOf) {
        return jdbc.sql("""
                        INSERT INTO directory_standing (kind, key, barred, as_of) VALUES (:kind, :key, :barred, :asOf)
                        ON CONFLICT (kind, key) DO UPDATE SET barred = excluded.barred, as_of = excluded.as_of
                        WHERE directory_standing.as_of <= excluded.as_of""")
                .param("kind", kind.name()).param("key", key).param("barred", barred)
                .param("asOf", Timestamp.from(asOf))
                .update() == 1;
    }

    List<Entry> barred() {
        return jdbc.sql("SELECT kind, key FROM directory_standing WHERE barred")
                .query((row, number) -> new Entry(StandingKind.valueOf(row.getString("kind")), row.getString("key")))
                .list();
    }

    record Entry(StandingKind kind, String key) {
    }
}
