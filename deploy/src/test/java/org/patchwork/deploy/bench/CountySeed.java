package org.patchwork.deploy.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.patchwork.platform.test.TestDatabase;
import org.postgresql.PGConnection;

/**
 * Seeds a service's database, already migrated by the service itself, with its part of the county in
 * {@code bench/county.sql}: set-based SQL, the same rows every run, dated from {@code anchor}.
 */
final class CountySeed {

    private CountySeed() {
    }

    /**
     * @param serviceScript the service's part, e.g. {@code bench/county-schedule.sql}
     */
    static void seed(TestDatabase database, String serviceScript, List<Practitioners.Practitioner> practitioners,
                     Instant anchor) throws SQLException, IOException {
        try (Connection connection = connect(database)) {
            try (PreparedStatement setAnchor = connection.prepareStatement(
                    "SELECT set_config('patchwork.bench_anchor', ?, false)")) {
                setAnchor.setString(1, anchor.toString());
                setAnchor.execute();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE seed_user (p INT PRIMARY KEY, subject TEXT NOT NULL, agency TEXT NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO seed_user VALUES (?, ?, ?)")) {
                for (Practitioners.Practitioner practitioner : practitioners) {
                    insert.setInt(1, practitioner.number);
                    insert.setString(2, practitioner.subject());
                    insert.setString(3, Practitioners.agency(practitioner.number));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(script("bench/county.sql"));
                statement.execute(script(serviceScript));
            }
            // As a county's database is after the autovacuum daemon has been through it (and whether or not the
            // server runs one): statistics gathered, every row's visibility settled, so that the first reads of the
            // measured phases do not write hint bits into freshly loaded pages. VACUUM runs alone, outside the
            // scripts' implicit transaction.
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM (ANALYZE)");
            }
        }
    }

    /**
     * Gives client-network-service's copy of the schedule (what its {@code ScheduleEventsListener} keeps from the
     * schedule's events, which a county seeded with SQL never sent) the seeded visits still to happen and each
     * client's latest contact and last-seen time, streamed from one database to the other with COPY.
     */
    static void copySchedule(TestDatabase schedule, TestDatabase clientNetwork, Instant anchor)
            throws SQLException, IOException {
        String asOf = anchor.toString();
        copy(schedule, clientNetwork, """
                SELECT id, client_id, visitor_professional_id, visitor_agency, kind, starts_at, duration_minutes,
                       status, '%s'::timestamptz FROM visit
                WHERE status = 'SCHEDULED' AND starts_at + make_interval(mins => duration_minutes) > '%s'::timestamptz"""
                .formatted(asOf, asOf), """
                schedule_visit (id, client_id, visitor_professional_id, visitor_agency, kind, starts_at,
                                duration_minutes, status, as_of)""");
        copy(schedule, clientNetwork, """
                SELECT DISTINCT ON (c.client_id) c.client_id, c.id, c.professional_id, c.agency, c.contacted_at,
                       c.recorded_at, c.channel, c.outcome,
                       (SELECT max(s.contacted_at) FROM contact s WHERE s.client_id = c.client_id
                          AND s.outcome = 'COMPLETED' AND s.channel <> 'PHONE')
                FROM contact c ORDER BY c.client_id, c.contacted_at DESC, c.recorded_at DESC""", """
                schedule_contact (client_id, contact_id, professional_id, agency, contacted_at, recorded_at, channel,
                                  outcome, last_seen_at)""");
        try (Connection connection = connect(clientNetwork); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM (ANALYZE) schedule_visit, schedule_contact");
        }
    }

    private static void copy(TestDatabase from, TestDatabase to, String select, String table)
            throws SQLException, IOException {
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        try (Connection source = connect(from)) {
            source.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + select + ") TO STDOUT", rows);
        }
        try (Connection target = connect(to)) {
            target.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN", new ByteArrayInputStream(rows.toByteArray()));
        }
    }

    /** The clients in whose networks each signed-in practitioner is, by Keycloak subject, from client-network's data. */
    static Map<String, List<UUID>> caseloads(TestDatabase clientNetwork) throws SQLException {
        Map<String, List<UUID>> caseloads = new HashMap<>();
        try (Connection connection = connect(clientNetwork);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT p.keycloak_subject, m.client_id FROM membership m
                     JOIN professional_contact p ON p.id = m.professional_id
                     WHERE p.keycloak_subject IS NOT NULL AND m.ended_at IS NULL""")) {
            while (rows.next()) {
                caseloads.computeIfAbsent(rows.getString(1), subject -> new ArrayList<>())
                        .add(rows.getObject(2, UUID.class));
            }
        }
        return caseloads;
    }

    static Connection connect(TestDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static String script(String resource) throws IOException {
        try (InputStream in = CountySeed.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
