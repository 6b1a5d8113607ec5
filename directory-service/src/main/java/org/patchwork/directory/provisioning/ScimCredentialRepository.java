package org.patchwork.directory.provisioning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ScimCredentialRepository {

    private static final RowMapper<ScimCredential> CREDENTIAL = ScimCredentialRepository::credential;

    private final JdbcClient jdbc;

    ScimCredentialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ScimCredential credential, String tokenHash) {
        jdbc.sql("""
                        INSERT INTO scim_credential (id, agency_code, token_hash, email_domains, issued_at, issued_by)
                        VALUES (:id, :agency, :hash, :domains, :issuedAt, :issuedBy)""")
                .param("id", credential.id())
                .param("agency", credential.agencyCode())
                .param("hash", tokenHash)
                .param("domains", credential.emailDomains().toArray(String[]::new))
                .param("issuedAt", Timestamp.from(credential.issuedAt()))
                .param("issuedBy", credential.issuedBy())
                .update();
    }

    /** The credential whose token has this hash, unless it was revoked. */
    Optional<ScimCredential> findActiveByHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM scim_credential WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", tokenHash).query(CREDENTIAL).optional();
    }

    List<ScimCredential> ofAgency(String agencyCode) {
        return jdbc.sql("SELECT * FROM scim_credential WHERE agency_code = :agency ORDER BY issued_at, id")
                .param("agency", agencyCode).query(CREDENTIAL).list();
    }

    Optional<ScimCredential> findForUpdate(String agencyCode, UUID id) {
        return jdbc.sql("SELECT * FROM scim_credential WHERE id = :id AND agency_code = :agency FOR UPDATE")
                .param("id", id).param("agency", agencyCode).query(CREDENTIAL).optional();
    }

    void revoke(UUID id, Instant at, String by) {
        jdbc.sql("UPDATE scim_credential SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("id", id).param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** Records use at most once per {@code every}, so a sync of thousands of users is not as many writes. */
    void used(UUID id, Instant at, Duration every) {
        jdbc.sql("""
                        UPDATE scim_credential SET last_used_at = :at
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :due)""")
                .param("id", id).param("at", Timestamp.from(at)).param("due", Timestamp.from(at.minus(every)))
                .update();
    }

    private static ScimCredential credential(ResultSet row, int number) throws SQLException {
        return new ScimCredential(row.getObject("id", UUID.class), row.getString("agency_code"),
                List.of((String[]) row.getArray("email_domains").getArray()), instant(row, "issued_at"),
                row.getString("issued_by"), instant(row, "revoked_at"), row.getString("revoked_by"),
                instant(row, "last_used_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
