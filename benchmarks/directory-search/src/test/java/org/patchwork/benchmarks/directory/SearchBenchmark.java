package org.patchwork.benchmarks.directory;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import org.patchwork.directory.DirectoryApplication;
import org.patchwork.directory.agency.AgencyKind;
import org.patchwork.directory.search.ProfessionalSearch;
import org.patchwork.directory.search.SearchStatement;
import org.patchwork.directory.search.SearchStatements;
import org.patchwork.directory.search.SearchTerms;
import org.patchwork.platform.test.TestKafka;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Name-search latency of the directory at Staffordshire-and-beyond scale: seeds 100,000 professionals across
 * 500 agencies into a fresh database, starts the service in this JVM against it (real PostgreSQL, an in-process
 * Kafka broker, the test run's Keycloak for a real token), warms up, then times searches one after another over
 * HTTP and prints the percentiles with the load average and the slowest request, then EXPLAIN (ANALYZE) of the
 * query to show the indexes at work, and of the slowest request to show what made it slow. Not a test: run it
 * with the command in directory-service/README.md.
 */
public final class SearchBenchmark {

    private static final int AGENCIES = 500;
    private static final int PROFESSIONALS = 100_000;
    private static final String[] FIRST_NAMES = {"Sample", "Demo", "Example", "Test", "Placeholder", "Mock"};
    private static final String[] ROLES = {"District nurse", "Firefighter", "Youth worker", "Community safety officer",
            "Social worker", "Housing officer", "Health visitor", "School safeguarding lead", "Volunteer coordinator",
            "Family support worker", "Police community support officer", "Occupational therapist"};
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    private final Random random = new Random(42);

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        if (System.getProperty("PATCHWORK_TEST_KEYCLOAK_URL") == null && System.getenv("PATCHWORK_TEST_KEYCLOAK_URL") == null) {
            System.setProperty("PATCHWORK_TEST_KEYCLOAK_URL", "http://127.0.0.1:18180");
        }
        Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 60));
        int measured = Integer.getInteger("bench.requests", 5_000);
        int status = 0;
        try {
            new SearchBenchmark().run(warmUp, measured);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // The in-process Kafka broker's threads would keep the JVM (and exec:java) waiting.
        System.exit(status);
    }

    private void run(Duration warmUp, int measured) throws Exception {
        String adminUrl = System.getProperty("bench.pgUrl", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("bench.pgUser", "patchwork_test");
        String password = System.getProperty("bench.pgPassword", "patchwork_test");
        String database = "dirbench_" + ProcessHandle.current().pid();
        String databaseUrl = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
        execute(adminUrl, user, password, "CREATE DATABASE " + database);
        ConfigurableApplicationContext context = null;
        try {
            // As command-line arguments, so that they override application.yml (default properties would not).
            String[] settings = {
                    "--spring.datasource.url=" + databaseUrl,
                    "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password,
                    "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                    "--patchwork.security.issuer=" + TestKeycloak.get().issuer(),
                    "--server.port=0",
                    // one professional sends every search: the per-professional limits would refuse most
                    "--patchwork.directory.searches-per-minute=1000000",
                    "--patchwork.directory.searches-per-day=1000000",
                    "--logging.level.root=WARN",
                    "--logging.structured.format.console="};
            System.out.println("Starting directory-service in this JVM on database " + database + " ...");
            context = new SpringApplicationBuilder(DirectoryApplication.class).run(settings);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));

            System.out.printf("Seeding %,d professionals across %d agencies ...%n", PROFESSIONALS, AGENCIES);
            long seedStart = System.nanoTime();
            List<String> surnames = seed(databaseUrl, user, password);
            System.out.printf("Seeded %,d professionals across %d agencies in %.1f s (database %s)%n",
                    PROFESSIONALS, AGENCIES, (System.nanoTime() - seedStart) / 1e9, database);

            TestUser searcher = TestKeycloak.get().createUser("bench-001", "Sample", "Bench Searcher", "practitioner");
            Token token = new Token(searcher);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<NameQuery> kinds = List.of(
                    new NameQuery("surname", surname -> surname),
                    new NameQuery("surname with a typo", this::typo),
                    new NameQuery("first name + surname", surname -> FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]
                            + " " + surname),
                    new NameQuery("first 5 letters of a surname", surname -> surname.substring(0, 5)));
            Supplier<String> anyNameQuery = () -> kinds.get(random.nextInt(kinds.size())).next(surnames, random);

            System.out.printf("Warming up for %d s ...%n", warmUp.toSeconds());
            long warmUpEnd = System.nanoTime() + warmUp.toNanos();
            while (System.nanoTime() < warmUpEnd) {
                search(http, port, token.bearer(), anyNameQuery.get());
            }
            System.out.println("Load average: the system's over the last minute, when each line's requests ended.");
            Timed slowestOfTheMix = report("name search, the four kinds mixed",
                    time(http, port, token, anyNameQuery, measured));
            for (NameQuery kind : kinds) {
                report("name search, " + kind.kind(), time(http, port, token, () -> kind.next(surnames, random),
                        measured / 5));
            }
            report("role search ('district nurse', ~8,300 matches)",
                    time(http, port, token, () -> "district nurse", measured / 5));

            explain(context, "a surname", surnames.get(7));
            explain(context, "a surname with a typo", typo(surnames.get(11)));
            explain(context, "a first name + surname", FIRST_NAMES[0] + " " + surnames.get(13));
            // A plan that only some words get (a tail) does not show in the three above.
            explain(context, "the slowest name search of the mix (%.1f ms over HTTP)"
                    .formatted(slowestOfTheMix.nanos() / 1e6), slowestOfTheMix.query());
        } finally {
            if (context != null) {
                context.close();
            }
            execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private List<String> seed(String url, String user, String password) throws SQLException, java.io.IOException {
        List<String> surnames = new ArrayList<>();
        StringBuilder agencies = new StringBuilder();
        for (int a = 1; a <= AGENCIES; a++) {
            AgencyKind kind = AgencyKind.values()[a % AgencyKind.values().length];
            agencies.append("bench-%03d\tSample Agency %03d\t%s\t{\"Locality %02d\",\"Locality %02d\"}\tbench-%03d\tONBOARDED\n"
                    .formatted(a, a, kind.name(), a % 50, (a + 1) % 50, a));
        }
        StringBuilder professionals = new StringBuilder();
        for (int p = 0; p < PROFESSIONALS; p++) {
            String surname = word(3);
            surnames.add(surname);
            int agency = 1 + random.nextInt(AGENCIES);
            professionals.append("%s\tbench-%03d\t%s %s\t%s\tTeam %d\t01543 %06d\tp%d@bench-%03d.example\tWORK_PHONE\t{}\tACTIVE\n"
                    .formatted(UUID.randomUUID(), agency, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)], surname,
                            ROLES[random.nextInt(ROLES.length)], random.nextInt(20), random.nextInt(1_000_000), p,
                            agency));
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY agency (code, name, kind, areas, identity_provider_alias, status) FROM STDIN",
                    new StringReader(agencies.toString()));
            copy.copyIn("COPY professional (id, agency_code, name, job_title, team, work_phone, email,"
                    + " preferred_contact, areas, status) FROM STDIN", new StringReader(professionals.toString()));
            connection.createStatement().execute("VACUUM ANALYZE");
        }
        return surnames;
    }

    private String typo(String word) {
        int at = 2 + random.nextInt(word.length() - 3);
        char replacement = CONSONANTS.indexOf(word.charAt(at)) >= 0 ? 'x' : 'y';
        return word.substring(0, at) + replacement + word.substring(at + 1);
    }

    private String word(int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())))
                    .append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private List<Timed> time(HttpClient http, int port, Token token, Supplier<String> queries, int count)
            throws Exception {
        List<Timed> timings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String query = queries.get();
            String bearer = token.bearer();
            long start = System.nanoTime();
            search(http, port, bearer, query);
            timings.add(new Timed(query, System.nanoTime() - start));
        }
        return timings;
    }

    private static void search(HttpClient http, int port, String bearer, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/directory/professionals?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Search '" + query + "' answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /** Prints the percentiles, the load average and the slowest request, and returns that request. */
    private static Timed report(String what, List<Timed> timings) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long[] sorted = timings.stream().mapToLong(Timed::nanos).sorted().toArray();
        Timed slowest = timings.stream().max(Comparator.comparingLong(Timed::nanos)).orElseThrow();
        System.out.printf("%-50s %,6d requests   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %7.1f ms"
                        + "   load %4.1f   slowest q='%s'%n", what, sorted.length, percentile(sorted, 0.50),
                percentile(sorted, 0.95), percentile(sorted, 0.99), slowest.nanos() / 1e6, load, slowest.query());
        return slowest;
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted[(int) Math.ceil(fraction * sorted.length) - 1] / 1e6;
    }

    private static void explain(ConfigurableApplicationContext context, String what, String query) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        SearchStatement statement = SearchStatements.professionals(
                new ProfessionalSearch(SearchTerms.of(query), null, null, null, null, 0, 20), "bench-001");
        List<String> plan = new TransactionTemplate(context.getBean(
                org.springframework.transaction.PlatformTransactionManager.class)).execute(status -> {
            jdbc.sql(SearchStatements.SEARCH_SETTINGS).query().singleRow();
            return jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql()).params(statement.params())
                    .query(String.class).list();
        });
        System.out.printf("%nEXPLAIN (ANALYZE, BUFFERS) of the search for %s, q='%s':%n", what, query);
        plan.forEach(line -> System.out.println("  " + line));
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute(sql);
        }
    }

    /** One search and how long its answer took. */
    private record Timed(String query, long nanos) {
    }

    /** One kind of name a practitioner types, made from a seeded surname. */
    private record NameQuery(String kind, java.util.function.UnaryOperator<String> fromSurname) {

        String next(List<String> surnames, Random random) {
            return fromSurname.apply(surnames.get(random.nextInt(surnames.size())));
        }
    }

    /** A real access token, renewed well before the realm's 5-minute lifetime runs out. */
    private static final class Token {

        private final TestUser user;
        private String bearer;
        private long renewAt;

        Token(TestUser user) {
            this.user = user;
        }

        String bearer() {
            if (bearer == null || System.nanoTime() > renewAt) {
                bearer = user.bearer();
                renewAt = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            }
            return bearer;
        }
    }
}
