package org.patchwork.directory.professional;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProfessionalRepository {

    private final JdbcClient jdbc;

    ProfessionalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Professional> findBySubject(String subject) {
        return jdbc.sql("SELECT * FROM professional WHERE keycloak_subject = :subject")
                .param("subject", subject).query(Professional.class).optional();
    }

    void insert(Professional professional) {
        jdbc.sql("""
                        INSERT INTO professional (id, keycloak_subject, agency_code, name, job_title, team, work_phone,
                                                  mobile, email, preferred_contact, status, last_active_at)
                        VALUES (:id, :subject, :agency, :name, :jobTitle, :team, :workPhone, :mobile, :email,
                                :preferredContact, :status, :lastActiveAt)""")
                .param("id", professional.id())
                .param("subject", professional.keycloakSubject())
                .param("agency", professional.agencyCode())
                .param("name", professional.name())
                .param("jobTitle", professional.jobTitle())
                .param("team", professional.team())
                .param("workPhone", professional.workPhone())
                .param("mobile", professional.mobile())
                .param("email", professional.email())
                .param("preferredContact", professional.preferredContact().name())
                .param("status", professional.status().name())
                .param("lastActiveAt", java.sql.Timestamp.from(professional.lastActiveAt()))
                .update();
    }

    void updateContactDetails(Professional professional) {
        jdbc.sql("""
                        UPDATE professional SET name = :name, job_title = :jobTitle, team = :team,
                               work_phone = :workPhone, mobile = :mobile, preferred_contact = :preferredContact,
                               updated_at = now()
                        WHERE id = :id""")
                .param("id", professional.id())
                .param("name", professional.name())
                .param("jobTitle", professional.jobTitle())
                .param("team", professional.team())
                .param("workPhone", professional.workPhone())
                .param("mobile", professional.mobile())
                .param("preferredContact", professional.preferredContact().name())
                .update();
    }

    void touchLastActive(java.util.UUID id, Instant at) {
        jdbc.sql("UPDATE professional SET last_active_at = :at WHERE id = :id")
                .param("id", id).param("at", java.sql.Timestamp.from(at)).update();
    }
}
