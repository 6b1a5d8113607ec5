package org.patchwork.schedule.professional;

import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProfessionalRepository {

    private final JdbcClient jdbc;

    ProfessionalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Professional> findById(UUID id) {
        return jdbc.sql("SELECT * FROM professional WHERE id = :id").param("id", id)
                .query(Rows.of(Professional.class)).optional();
    }

    Optional<Professional> findBySubject(String subject) {
        return jdbc.sql("SELECT * FROM professional WHERE keycloak_subject = :subject ORDER BY updated_at DESC LIMIT 1")
                .param("subject", subject).query(Rows.of(Professional.class)).optional();
    }

    /** Stores the directory's latest word on a professional; a missing subject never erases a known one. */
    void save(Professional professional) {
        jdbc.sql("""
                        INSERT INTO professional (id, keycloak_subject, agency, name, job_title, status)
                        VALUES (:id, :subject, :agency, :name, :jobTitle, :status)
                        ON CONFLICT (id) DO UPDATE SET
                            keycloak_subject = COALESCE(excluded.keycloak_subject, professional.keycloak_subject),
                            agency = excluded.agency, name = excluded.name, job_title = excluded.job_title,
                            status = excluded.status, updated_at = now()""")
                .param("id", professional.id())
                .param("subject", professional.keycloakSubject())
                .param("agency", professional.agency())
                .param("name", professional.name())
                .param("jobTitle", professional.jobTitle())
                .param("status", professional.status())
                .update();
    }
}
