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

    void save(ProfessionalContact contact) {
        jdbc.sql("""
                        INSERT INTO professional_contact (id, keycloak_subject, agency, name, job_title, work_phone,
                                                          mobile, email, preferred_contact, status)
                        VALUES (:id, :subject, :agency, :name, :jobTitle, :workPhone, :mobile, :email,
                                :preferredContact, :status)
                        ON CONFLICT (id) DO UPDATE SET keycloak_subject = excluded.keycloak_subject,
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
