package org.patchwork.platform.scheduling;

import javax.sql.DataSource;

import org.patchwork.platform.test.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh database with the lock table every service creates by its own migration. */
public final class LockDatabase {

    private LockDatabase() {
    }

    public static DataSource create() {
        TestDatabase database = TestDatabase.create("platform_locks");
        DataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password());
        new JdbcTemplate(dataSource).execute("""
                CREATE TABLE shedlock (name VARCHAR(64) PRIMARY KEY, lock_until TIMESTAMP NOT NULL,
                                       locked_at TIMESTAMP NOT NULL, locked_by VARCHAR(255) NOT NULL)""");
        return dataSource;
    }
}
