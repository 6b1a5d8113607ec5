package org.patchwork.benchmarks.overview;

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
 * {@code bench/county.sql}: set-based SQL, the same rows every run for one {@link Scale}, dated from
 * {@code anchor}.
 */
final class CountySeed {

    private CountySeed() {
    }

    /**
     * How much data: {@code -Dbench.scale=county} (the default: 500 agencies, 10,000 professionals, 100,000 clients,
     * a year of history) or {@code national} (5,000 agencies, 100,000 professionals, 1,000,000 clients, two years),
     * each number also settable on its own ({@code -Dbench.agencies}, {@code -Dbench.professionals},
     * {@code -Dbench.clients}, {@code -Dbench.years}). Per client, the history is the same at every scale: about a
     * visit a month and eight calls a year, a network of 3-8, each member reading the record about once a year.
     */
    record Scale(String name, int agencies, int professionals, int clients, int years) {

        static Scale fromSystemProperties() {
            String name = System.getProperty("bench.scale", "county");
            Scale preset = switch (name) {
                case "county" -> new Scale(name, 500, 10_000, 100_000, 1);
                case "national" -> new Scale(name, 5_000, 100_000, 1_000_000, 2);
                default -> throw new IllegalArgumentException("bench.scale is county or national, not " + name);
            };
            return new Scale(name, Integer.getInteger("bench.agencies", preset.agencies),
                    Integer.getInteger("bench.professionals", preset.professionals),
                    Integer.getInteger("bench.clients", preset.clients), Integer.getInteger("bench.years", preset.years));
        }

        String describe() {
            return "%s: %,d agencies, %,d professionals, %,d clients, %d year(s) of history".formatted(name, agencies,
                    professionals, clients, years);
        }
    }

    /**
     * @param serviceScript the service's part, e.g. {@code bench/county-schedule.sql}
     */
    static void seed(TestDatabase database, String serviceScript, List<Practitioners.Practitioner> practitioners,
                     Instant anchor, Scale scale) throws SQLException, IOException {
        try (Connection connection = connect(database)) {
            Map<String, String> settings = Map.of("anchor", anchor.toString(), "agencies", String.valueOf(scale.agencies),
                    "professionals", String.valueOf(scale.professionals), "clients", String.valueOf(scale.clients),
                    "years", String.valueOf(scale.years));
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                try (PreparedStatement set = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
                    set.setString(1, "patchwork.bench_" + setting.getKey());
                    set.setString(2, setting.getValue());
                    set.execute();
                }
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

    /** The database's size on disk and, largest first, its five largest tables with their indexes, in MB. */
    static String sizes(TestDatabase database) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            try (ResultSet total = statement.executeQuery("SELECT pg_database_size(current_database()) / 1048576")) {
                total.next();
                out.append(total.getLong(1)).append(" MB");
            }
            try (ResultSet tables = statement.executeQuery("""
                    SELECT relname, pg_total_relation_size(oid) / 1048576 FROM pg_class
                    WHERE relkind IN ('r', 'p') AND relnamespace = 'public'::regnamespace
                    ORDER BY pg_total_relation_size(oid) DESC LIMIT 5""")) {
                List<String> largest = new ArrayList<>();
                while (tables.next()) {
                    largest.add(tables.getString(1) + " " + tables.getLong(2) + " MB");
                }
                out.append(" (").append(String.join(", ", largest)).append(')');
            }
        }
        return out.toString();
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
