package org.patchwork.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A fresh, empty database on the real PostgreSQL server for each test JVM. Each service migrates it with its
 * own Flyway scripts, exactly as in production. {@code ./patchwork test} drops the previous run's databases
 * before it starts, so a failed run can still be inspected afterwards.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;

    private TestDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** The test JVM's database for the service under test. */
    public static synchronized TestDatabase get(String purpose) {
        if (instance == null) {
            instance = create(purpose);
        }
        return instance;
    }

    /** Another fresh database, e.g. one for each service a platform journey starts. */
    public static TestDatabase create(String purpose) {
        String name = ("pwtest_" + purpose + "_" + ProcessHandle.current().pid() + "_"
                + System.nanoTime()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        TestDatabase database = new TestDatabase(
                TestEnvironment.get("PATCHWORK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                TestEnvironment.get("PATCHWORK_TEST_PG_USER", "patchwork_test"),
                TestEnvironment.get("PATCHWORK_TEST_PG_PASSWORD", "patchwork_test"), name);
        database.execute("CREATE DATABASE " + name);
        return database;
    }

    public String jdbcUrl() {
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused '" + sql + "' at " + adminUrl + " as " + user
                    + " (./patchwork test creates that role): " + e.getMessage(), e);
        }
    }
}
