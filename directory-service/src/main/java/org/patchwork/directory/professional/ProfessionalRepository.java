package org.patchwork.directory.professional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProfessionalRepository {

    private static final RowMapper<Professional> PROFESSIONAL = ProfessionalRepository::professional;

    private final JdbcClient jdbc;

    ProfessionalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Professional> findById(UUID id) {
        return jdbc.sql("SELECT * FROM professional WHERE id = :id").param("id", id).query(PROFESSIONAL).optional();
    }

    Optional<Professional> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM professional WHERE id = :id FOR UPDATE").param("id", id)
                .query(PROFESSIONAL).optional();
    }

    Optional<Professional> findBySubject(String subject) {
        return jdbc.sql("SELECT * FROM professional WHERE keycloak_subject = :subject")
                .param("subject", subject).query(PROFESSIONAL).optional();
    }

    boolean hasLeft(String subject) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM professional WHERE keycloak_subject = :subject AND status = 'LEFT')")
                .param("subject", subject).query(Boolean.class).single();
    }

    /** One page of an agency's staff by name, optionally of one status; one more row than asked says more follow. */
    List<Professional> ofAgency(String agencyCode, ProfessionalStatus status, int limit, int offset) {
        return jdbc.sql("""
                        SELECT * FROM professional
                        WHERE agency_code = :agency AND (CAST(:status AS TEXT) IS NULL OR status = :status)
                        ORDER BY lower(name), id LIMIT :limit OFFSET :offset""")
                .param("agency", agencyCode).param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset)
                .query(PROFESSIONAL).list();
    }

    Optional<Professional> findByEmail(String agencyCode, String email) {
        return jdbc.sql("SELECT * FROM professional WHERE agency_code = :agency AND lower(email) = lower(:email)"
                        + " FOR UPDATE")
                .param("agency", agencyCode).param("email", email).query(PROFESSIONAL).optional();
    }

    /** The same look-up without a row lock, for reads. */
    Optional<Professional> lookUpByEmail(String agencyCode, String email) {
        return jdbc.sql("SELECT * FROM professional WHERE agency_code = :agency AND lower(email) = lower(:email)")
                .param("agency", agencyCode).param("email", email).query(PROFESSIONAL).optional();
    }

    long countOfAgency(String agencyCode) {
        return jdbc.sql("SELECT count(*) FROM professional WHERE agency_code = :agency").param("agency", agencyCode)
                .query(Long.class).single();
    }

    void insert(Professional professional) {
        jdbc.sql("""
                        INSERT INTO professional (id, keycloak_subject, agency_code, name, job_title, team, work_phone,
                                                  mobile, email, preferred_contact, areas, status, last_active_at,
                                                  ig_officer)
                        VALUES (:id, :subject, :agency, :name, :jobTitle, :team, :workPhone, :mobile, :email,
                                :preferredContact, :areas, :status, :lastActiveAt, :igOfficer)""")
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
                .param("areas", professional.areas().toArray(String[]::new))
                .param("status", professional.status().name())
                .param("lastActiveAt", timestamp(professional.lastActiveAt()))
                .param("igOfficer", professional.igOfficer())
                .update();
    }

    void update(Professional professional) {
        jdbc.sql("""
                        UPDATE professional SET keycloak_subject = :subject, name = :name, job_title = :jobTitle,
                               team = :team, work_phone = :workPhone, mobile = :mobile, email = :email,
                               preferred_contact = :preferredContact, areas = :areas, status = :status,
                               last_active_at = :lastActiveAt, ig_officer = :igOfficer, updated_at = now()
                        WHERE id = :id""")
                .param("id", professional.id())
                .param("subject", professional.keycloakSubject())
                .param("name", professional.name())
                .param("jobTitle", professional.jobTitle())
                .param("team", professional.team())
                .param("workPhone", professional.workPhone())
                .param("mobile", professional.mobile())
                .param("email", professional.email())
                .param("preferredContact", professional.preferredContact().name())
                .param("areas", professional.areas().toArray(String[]::new))
                .param("status", professional.status().name())
                .param("lastActiveAt", timestamp(professional.lastActiveAt()))
                .param("igOfficer", professional.igOfficer())
                .update();
    }

    void setContactThroughDuty(UUID id, boolean throughDuty) {
        jdbc.sql("UPDATE professional SET contact_through_duty = :throughDuty, updated_at = now() WHERE id = :id")
                .param("id", id).param("throughDuty", throughDuty).update();
    }

    /** The agency's staff reached through its duty contact, whose events carry it. */
    List<Professional> contactedThroughDuty(String agencyCode) {
        return jdbc.sql("SELECT * FROM professional WHERE agency_code = :agency AND contact_through_duty")
                .param("agency", agencyCode).query(PROFESSIONAL).list();
    }

    void recordSensitiveRoleChange(SensitiveRoleChange change) {
        jdbc.sql("""
                        INSERT INTO sensitive_role_change (occurred_at, professional_id, agency_code, sensitive,
                                                           actor_subject, actor_agency, reason)
                        VALUES (:at, :professional, :agency, :sensitive, :actor, :actorAgency, :reason)""")
                .param("at", Timestamp.from(change.occurredAt()))
                .param("professional", change.professionalId())
                .param("agency", change.agencyCode())
                .param("sensitive", change.sensitive())
                .param("actor", change.actorSubject())
                .param("actorAgency", change.actorAgency())
                .param("reason", change.reason())
                .update();
    }

    List<SensitiveRoleChange> sensitiveRoleChanges(UUID professionalId) {
        return jdbc.sql("""
                        SELECT * FROM sensitive_role_change WHERE professional_id = :professional
                        ORDER BY occurred_at, id""")
                .param("professional", professionalId)
                .query((row, number) -> new SensitiveRoleChange(row.getTimestamp("occurred_at").toInstant(),
                        row.getObject("professional_id", UUID.class), row.getString("agency_code"),
                        row.getBoolean("sensitive"), row.getString("actor_subject"), row.getString("actor_agency"),
                        row.getString("reason")))
                .list();
    }

    void touchLastActive(UUID id, Instant at) {
        jdbc.sql("UPDATE professional SET last_active_at = :at WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Professional professional(ResultSet row, int number) throws SQLException {
        Timestamp lastActive = row.getTimestamp("last_active_at");
        return new Professional(row.getObject("id", UUID.class), row.getString("keycloak_subject"),
                row.getString("agency_code"), row.getString("name"), row.getString("job_title"),
                row.getString("team"), row.getString("work_phone"), row.getString("mobile"), row.getString("email"),
                PreferredContact.valueOf(row.getString("preferred_contact")),
                List.of((String[]) row.getArray("areas").getArray()),
                ProfessionalStatus.valueOf(row.getString("status")),
                lastActive == null ? null : lastActive.toInstant(), row.getBoolean("ig_officer"),
                row.getBoolean("contact_through_duty"));
    }
}
