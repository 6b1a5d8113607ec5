package org.patchwork.notification.professional;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
                .query(Professional.class).optional();
    }

    public Optional<Professional> findBySubject(String subject) {
        return jdbc.sql("SELECT * FROM professional WHERE keycloak_subject = :subject").param("subject", subject)
                .query(Professional.class).optional();
    }

    /** Of the given professionals, those the directory says have left their agency. */
    public Set<UUID> leaversAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("SELECT id FROM professional WHERE status = :left AND id IN (:ids)")
                .param("left", Professional.LEFT).param("ids", ids)
                .query(UUID.class).stream().collect(Collectors.toSet());
    }

    /** Stores the directory's latest word on a professional; a missing subject never erases a known one. */
    void save(Professional professional) {
        jdbc.sql("""
                        INSERT INTO professional (id, keycloak_subject, name, email, mobile, status)
                        VALUES (:id, :subject, :name, :email, :mobile, :status)
                        ON CONFLICT (id) DO UPDATE SET
                            keycloak_subject = COALESCE(excluded.keycloak_subject, professional.keycloak_subject),
                            name = excluded.name, email = excluded.email, mobile = excluded.mobile,
                            status = excluded.status, updated_at = now()""")
                .param("id", professional.id())
                .param("subject", professional.keycloakSubject())
                .param("name", professional.name())
                .param("email", professional.email())
                .param("mobile", professional.mobile())
                .param("status", professional.status())
                .update();
    }
}
