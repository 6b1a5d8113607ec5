package org.patchwork.directory.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgencyRepository {

    static final RowMapper<Agency> AGENCY = AgencyRepository::agency;

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            SELECT a.*, ARRAY(SELECT d.domain FROM agency_email_domain d WHERE d.agency_code = a.code
                              ORDER BY d.domain) AS email_domains
            FROM agency a""";

    Optional<Agency> find(String code) {
        return jdbc.sql(SELECT + " WHERE a.code = :code").param("code", code).query(AGENCY).optional();
    }

    Optional<Agency> findForUpdate(String code) {
        return jdbc.sql(SELECT + " WHERE a.code = :code FOR UPDATE OF a").param("code", code).query(AGENCY)
                .optional();
    }

    /** Agencies whose staff may sign in, or who are testing their sign-in: what the gateway's sign-in page offers. */
    List<Agency> findSigningIn() {
        return jdbc.sql(SELECT + " WHERE a.status IN ('ONBOARDED', 'ONBOARDING') ORDER BY a.name").query(AGENCY).list();
    }

    /** Which of these domains another agency already has. */
    List<String> domainsOfOthers(String code, List<String> domains) {
        return jdbc.sql("SELECT domain FROM agency_email_domain WHERE domain = ANY(:domains) AND agency_code <> :code"
                        + " ORDER BY domain")
                .param("domains", domains.toArray(String[]::new)).param("code", code).query(String.class).list();
    }

    void replaceEmailDomains(String code, List<String> domains) {
        jdbc.sql("DELETE FROM agency_email_domain WHERE agency_code = :code").param("code", code).update();
        for (String domain : domains) {
            jdbc.sql("INSERT INTO agency_email_domain (domain, agency_code) VALUES (:domain, :code)")
                    .param("domain", domain).param("code", code).update();
        }
    }

    Optional<IdentityProviderSettings> findIdentityProvider(String code) {
        return jdbc.sql("SELECT * FROM agency_identity_provider WHERE agency_code = :code").param("code", code)
                .query((row, number) -> new IdentityProviderSettings(
                        IdentityProviderSettings.Protocol.valueOf(row.getString("protocol")),
                        row.getString("discovery_url"), row.getString("client_id"), null,
                        row.getString("metadata_url"), null, row.getString("groups_claim"),
                        row.getString("admin_group"), row.getString("ig_group"), row.getString("manager_group")))
                .optional();
    }

    /** Keeps what the administrator gave, but never the client secret or the metadata file (Keycloak has them). */
    void saveIdentityProvider(String code, IdentityProviderSettings settings, String changedBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO agency_identity_provider (agency_code, protocol, discovery_url, client_id,
                                                              metadata_url, groups_claim, admin_group, ig_group,
                                                              manager_group, changed_at, changed_by)
                        VALUES (:code, :protocol, :discoveryUrl, :clientId, :metadataUrl, :groupsClaim, :adminGroup,
                                :igGroup, :managerGroup, :at, :by)
                        ON CONFLICT (agency_code) DO UPDATE SET protocol = EXCLUDED.protocol,
                            discovery_url = EXCLUDED.discovery_url, client_id = EXCLUDED.client_id,
                            metadata_url = EXCLUDED.metadata_url, groups_claim = EXCLUDED.groups_claim,
                            admin_group = EXCLUDED.admin_group, ig_group = EXCLUDED.ig_group,
                            manager_group = EXCLUDED.manager_group, changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by""")
                .param("code", code)
                .param("protocol", settings.protocol().name())
                .param("discoveryUrl", settings.discoveryUrl())
                .param("clientId", settings.clientId())
                .param("metadataUrl", settings.metadataUrl())
                .param("groupsClaim", settings.groupsClaim())
                .param("adminGroup", settings.adminGroup())
                .param("igGroup", settings.igGroup())
                .param("managerGroup", settings.managerGroup())
                .param("at", Timestamp.from(at))
                .param("by", changedBy)
                .update();
    }

    Optional<TestSignIn> findTestSignIn(String code) {
        return jdbc.sql("SELECT test_sign_in_at, test_sign_in_by FROM agency WHERE code = :code"
                        + " AND test_sign_in_at IS NOT NULL")
                .param("code", code)
                .query((row, number) -> new TestSignIn(row.getTimestamp("test_sign_in_at").toInstant(),
                        row.getString("test_sign_in_by")))
                .optional();
    }

    /** Records a sign-in through the identity provider of an agency being onboarded; the latest one counts. */
    void recordTestSignIn(String code, String by, Instant at) {
        jdbc.sql("UPDATE agency SET test_sign_in_at = :at, test_sign_in_by = :by WHERE code = :code"
                        + " AND status = 'ONBOARDING'")
                .param("code", code).param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** A changed identity provider must be tested again before an agency being onboarded goes live. */
    void clearTestSignIn(String code) {
        jdbc.sql("UPDATE agency SET test_sign_in_at = NULL, test_sign_in_by = NULL WHERE code = :code")
                .param("code", code).update();
    }

    Optional<AgencyStatus> findStatus(String code) {
        return jdbc.sql("SELECT status FROM agency WHERE code = :code").param("code", code)
                .query(AgencyStatus.class).optional();
    }

    boolean insert(Agency agency) {
        return jdbc.sql("""
                        INSERT INTO agency (code, name, kind, areas, switchboard_phone, email, identity_provider_alias,
                                            status)
                        VALUES (:code, :name, :kind, :areas, :switchboardPhone, :email, :alias, :status)
                        ON CONFLICT (code) DO NOTHING""")
                .param("code", agency.code())
                .param("name", agency.name())
                .param("kind", agency.kind().name())
                .param("areas", agency.areas().toArray(String[]::new))
                .param("switchboardPhone", agency.switchboardPhone())
                .param("email", agency.email())
                .param("alias", agency.identityProviderAlias())
                .param("status", agency.status().name())
                .update() == 1;
    }

    void updateDetails(Agency agency) {
        jdbc.sql("""
                        UPDATE agency SET name = :name, kind = :kind, areas = :areas,
                               switchboard_phone = :switchboardPhone, email = :email, updated_at = now()
                        WHERE code = :code""")
                .param("code", agency.code())
                .param("name", agency.name())
                .param("kind", agency.kind().name())
                .param("areas", agency.areas().toArray(String[]::new))
                .param("switchboardPhone", agency.switchboardPhone())
                .param("email", agency.email())
                .update();
    }

    void updateDutyContact(Agency agency) {
        jdbc.sql("UPDATE agency SET duty_phone = :phone, duty_email = :email, updated_at = now() WHERE code = :code")
                .param("code", agency.code()).param("phone", agency.dutyPhone()).param("email", agency.dutyEmail())
                .update();
    }

    void updateStatus(String code, AgencyStatus status) {
        jdbc.sql("UPDATE agency SET status = :status, updated_at = now() WHERE code = :code")
                .param("code", code).param("status", status.name()).update();
    }

    private static Agency agency(ResultSet row, int number) throws SQLException {
        return new Agency(row.getString("code"), row.getString("name"), AgencyKind.valueOf(row.getString("kind")),
                List.of((String[]) row.getArray("areas").getArray()), row.getString("switchboard_phone"),
                row.getString("email"), row.getString("identity_provider_alias"),
                AgencyStatus.valueOf(row.getString("status")),
                List.of((String[]) row.getArray("email_domains").getArray()), row.getString("duty_phone"),
                row.getString("duty_email"));
    }
}
