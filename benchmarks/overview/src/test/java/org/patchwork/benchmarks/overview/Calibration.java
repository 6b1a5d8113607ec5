package org.patchwork.benchmarks.overview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The machine's speed, timed with fixed workloads before a benchmark starts anything, so that runs on different
 * machines (of one kind, which still differ) can be set side by side: a figure measured on a machine that is 1.4
 * times slower is not a regression. Two workloads, one per kind of work the platform's answers spend CPU on: a Java
 * one (SHA-256 over 64 MiB, one core, after a warm-up) and a PostgreSQL one (hashing two million numbers in one
 * query, one backend). Each is timed five times and the best time kept: the best is what the machine can do, the
 * others include whatever else ran meanwhile.
 */
public record Calibration(double javaMillis, double postgresMillis, String loadAverage) {

    private static final int ROUNDS = 5;
    private static final byte[] BLOCK = "Patchwork calibration block ".repeat(2_341).getBytes(StandardCharsets.UTF_8);
    private static final long JAVA_BYTES = 64L << 20;
    private static final String POSTGRES_WORK = "SELECT sum(hashtext(i::text)::bigint) FROM generate_series(1, 2000000) i";

    /**
     * The calibration alone, to compare two machines without a benchmark:
     * {@code ./mvnw -pl benchmarks/overview test-compile exec:java }; the
     * PostgreSQL server from {@code -Dbench.pgUrl/pgUser/pgPassword} (the test role's on 127.0.0.1:5432 by default).
     */
    public static void main(String[] arguments) {
        System.out.println(measure(System.getProperty("bench.pgUrl", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                System.getProperty("bench.pgUser", "patchwork_test"), System.getProperty("bench.pgPassword",
                        "patchwork_test")).line());
    }

    /** Times both workloads; the PostgreSQL one on the given server (any database the user may connect to). */
    public static Calibration measure(String jdbcUrl, String user, String password) {
        timeJava();
        double java = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            java = Math.min(java, timeJava());
        }
        double postgres = Double.MAX_VALUE;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("SET max_parallel_workers_per_gather = 0");
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                try (ResultSet result = statement.executeQuery(POSTGRES_WORK)) {
                    result.next();
                }
                postgres = Math.min(postgres, (System.nanoTime() - start) / 1e6);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot time PostgreSQL's calibration workload at " + jdbcUrl, e);
        }
        return new Calibration(java, postgres, currentLoadAverage());
    }

    private static double timeJava() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long start = System.nanoTime();
            for (long done = 0; done < JAVA_BYTES; done += BLOCK.length) {
                digest.update(BLOCK);
            }
            byte[] sum = digest.digest();
            double millis = (System.nanoTime() - start) / 1e6;
            return sum.length == 32 ? millis : Double.NaN;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentLoadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** One line for the figures: each workload's best time, and the load average when they ran. */
    public String line() {
        return String.format(Locale.ROOT, "Machine calibration (best of %d; lower is faster): Java SHA-256 of 64 MiB "
                + "%.0f ms, PostgreSQL hashing 2 million numbers %.0f ms; %d cores; load average %s when timed",
                ROUNDS, javaMillis, postgresMillis, Runtime.getRuntime().availableProcessors(), loadAverage);
    }
}
