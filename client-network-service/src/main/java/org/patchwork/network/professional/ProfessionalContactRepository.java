package org.patchwork.network.professional;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProfessionalContactRepository {

    private final JdbcClient jdbc;

    ProfessionalContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProfessionalContact> findById(UUID id) {
        return jdbc.sql("SELECT * FROM professional_contact WHERE id = :id").param("id", id)
                .query(ProfessionalContact.class).optional();
    }

    Optional<ProfessionalContact> findBySubject(String subject) {
        return jdbc.sql("SELECT * FROM professional_contact WHERE keycloak_subject = :subject")
                .param("subject", subject).query(ProfessionalContact.class).optional();
    }

    /** Stores the directory's latest word on a professional; a missing subject never erases a known one. */
    void save(ProfessionalContact contact) {
        jdbc.sql("""
                        INSERT INTO professional_contact (id, keycloak_subject, agency, name, job_title, work_phone,
                                                          mobile, email, preferred_contact, status)
                        VALUES (:id, :subject, :agency, :name, :jobTitle, :workPhone, :mobile, :email,
                                :preferredContact, :status)
                        ON CONFLICT (id) DO UPDATE SET
                            keycloak_subject = COALESCE(excluded.keycloak_subject, professional_contact.keycloak_subject),
                            agency = excluded.agency, name = excluded.name, job_title = excluded.job_title,
                            work_phone = excluded.work_phone, mobile = excluded.mobile, email = excluded.email,
                            preferred_contact = excluded.preferred_contact, status = excluded.status,
                            updated_at = now()""")
                .param("id", contact.id())
                .param("subject", contact.keycloakSubject())
                .param("agency", contact.agency())
                .param("name", contact.name())
                .param("jobTitle", contact.jobTitle())
                .param("workPhone", contact.workPhone())
                .param("mobile", contact.mobile())
                .param("email", contact.email())
                .param("preferredContact", contact.preferredContact())
                .param("status", contact.status())
                .update();
    }
}
