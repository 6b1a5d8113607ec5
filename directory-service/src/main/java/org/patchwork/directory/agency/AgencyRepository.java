package org.patchwork.directory.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    Optional<Agency> find(String code) {
        return jdbc.sql("SELECT * FROM agency WHERE code = :code").param("code", code).query(AGENCY).optional();
    }

    Optional<Agency> findForUpdate(String code) {
        return jdbc.sql("SELECT * FROM agency WHERE code = :code FOR UPDATE").param("code", code).query(AGENCY)
                .optional();
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
                AgencyStatus.valueOf(row.getString("status")), row.getString("duty_phone"),
                row.getString("duty_email"));
    }
}
