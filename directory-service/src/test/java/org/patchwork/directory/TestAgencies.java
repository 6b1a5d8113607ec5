package org.patchwork.directory;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Agencies put straight into the test database, as a platform administrator would have onboarded them. Each
 * test class makes its own (unique codes), so that tests sharing the database do not see each other's staff.
 */
public final class TestAgencies {

    private TestAgencies() {
    }

    /** A new onboarded agency with a unique code starting with {@code prefix}. */
    public static String create(JdbcClient jdbc, String prefix, String name, String kind, String... areas) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        ensure(jdbc, code, name, kind, areas);
        return code;
    }

    /** The agency with this code, onboarded, unless it already exists. */
    public static void ensure(JdbcClient jdbc, String code, String name, String kind, String... areas) {
        jdbc.sql("""
                        INSERT INTO agency (code, name, kind, areas, identity_provider_alias, status)
                        VALUES (:code, :name, :kind, :areas, :code, 'ONBOARDED')
                        ON CONFLICT (code) DO NOTHING""")
                .param("code", code).param("name", name).param("kind", kind).param("areas", areas).update();
    }
}
