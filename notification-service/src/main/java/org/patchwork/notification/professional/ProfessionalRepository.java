package org.patchwork.notification.professional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.patchwork.platform.jdbc.Rows;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProfessionalRepository {

    private final JdbcClient jdbc;

    ProfessionalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of the professionals the copy knows, by id. */
    public Map<UUID, Professional> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT * FROM professional WHERE id IN (:ids)").param("ids", ids)
                .query(Rows.of(Professional.class)).list().stream()
                .collect(Collectors.toMap(Professional::id, Function.identity()));
    }

    /**
     * The caller's own entry in the copy. A professional arrives here by the directory's event about them, a
     * moment after their first sign-in: until then, a 404 problem saying so.
     */
    public Professional me(Caller caller) {
        return findBySubject(caller.subject()).orElseThrow(() -> PatchworkException.notFound(
                "Your directory entry has not reached Patchwork's alerts yet: this takes a moment after a first "
                        + "sign-in, so try again shortly. If it does not pass, ask your agency administrator to "
                        + "check your entry in the Patchwork directory."));
    }

    public Optional<Professional> findBySubject(String subject) {
        return jdbc.sql("SELECT * FROM professional WHERE keycloak_subject = :subject").param("subject", subject)
                .query(Rows.of(Professional.class)).optional();
    }

    /** The information governance officers of an agency who have not left it. */
    public List<Professional> igOfficersOf(String agency) {
        return jdbc.sql("SELECT * FROM professional WHERE agency = :agency AND ig_officer AND status <> :left")
                .param("agency", agency).param("left", Professional.LEFT).query(Rows.of(Professional.class)).list();
    }

    /** Of the given professionals, those who left their agency or work for one of the suspended agencies. */
    public Set<UUID> barredAmong(Collection<UUID> ids, Collection<String> suspendedAgencies) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                        SELECT id FROM professional
                        WHERE id IN (:ids) AND (status = :left OR agency = ANY (:suspended))""")
                .param("left", Professional.LEFT).param("ids", ids)
                .param("suspended", suspendedAgencies.toArray(String[]::new))
                .query(UUID.class).list().stream().collect(Collectors.toSet());
    }

    /**
     * Stores the directory's word on a professional as of {@code asOf}, unless a newer word is already held (events
     * may arrive out of order); a missing subject or agency never erases a known one.
     */
    void save(Professional professional, Instant asOf) {
        jdbc.sql("""
                        INSERT INTO professional (id, keycloak_subject, name, email, mobile, status, agency,
                                                  ig_officer, as_of)
                        VALUES (:id, :subject, :name, :email, :mobile, :status, :agency, :igOfficer, :asOf)
                        ON CONFLICT (id) DO UPDATE SET
                            keycloak_subject = COALESCE(excluded.keycloak_subject, professional.keycloak_subject),
                            agency = COALESCE(excluded.agency, professional.agency),
                            name = excluded.name, email = excluded.email, mobile = excluded.mobile,
                            status = excluded.status, ig_officer = excluded.ig_officer, as_of = excluded.as_of, updated_at = now()
                        WHERE professional.as_of <= excluded.as_of""")
                .param("asOf", java.sql.Timestamp.from(asOf))
                .param("id", professional.id())
                .param("subject", professional.keycloakSubject())
                .param("name", professional.name())
                .param("email", professional.email())
                .param("mobile", professional.mobile())
                .param("status", professional.status())
                .param("agency", professional.agency())
                .param("igOfficer", professional.igOfficer())
                .update();
    }
}
