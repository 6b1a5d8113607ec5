package org.patchwork.network.professional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
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
                .query(Rows.of(ProfessionalContact.class)).optional();
    }

    /** Those of the ids held in the copy, in one query (a team's members). */
    List<ProfessionalContact> findAllById(Collection<UUID> ids) {
        return jdbc.sql("SELECT * FROM professional_contact WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(Rows.of(ProfessionalContact.class)).list();
    }

    Optional<ProfessionalContact> findBySubject(String subject) {
        return jdbc.sql("SELECT * FROM professional_contact WHERE keycloak_subject = :subject")
                .param("subject", subject).query(Rows.of(ProfessionalContact.class)).optional();
    }

    /**
     * Stores the directory's word on a professional as of {@code asOf}, unless a newer word is already held (events
     * may arrive out of order); a missing subject never erases a known one.
     */
    void save(ProfessionalContact contact, Instant asOf) {
        jdbc.sql("""
                        INSERT INTO professional_contact (id, keycloak_subject, agency, name, job_title, work_phone,
                                                          mobile, email, preferred_contact, status, contact_through_duty,
                                                          as_of)
                        VALUES (:id, :subject, :agency, :name, :jobTitle, :workPhone, :mobile, :email,
                                :preferredContact, :status, :throughDuty, :asOf)
                        ON CONFLICT (id) DO UPDATE SET
                            keycloak_subject = COALESCE(excluded.keycloak_subject, professional_contact.keycloak_subject),
                            agency = excluded.agency, name = excluded.name, job_title = excluded.job_title,
                            work_phone = excluded.work_phone, mobile = excluded.mobile, email = excluded.email,
                            preferred_contact = excluded.preferred_contact, status = excluded.status,
                            contact_through_duty = excluded.contact_through_duty, as_of = excluded.as_of, updated_at = now()
                        WHERE professional_contact.as_of <= excluded.as_of""")
                .param("asOf", java.sql.Timestamp.from(asOf))
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
                .param("throughDuty", contact.contactThroughDuty())
                .update();
    }
}
