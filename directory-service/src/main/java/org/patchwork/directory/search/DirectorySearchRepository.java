package org.patchwork.directory.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.patchwork.directory.agency.AgencyKind;
import org.patchwork.directory.agency.AgencyStatus;
import org.patchwork.directory.professional.PreferredContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DirectorySearchRepository {

    private final JdbcClient jdbc;

    DirectorySearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside a transaction: the search settings hold for that transaction only. */
    List<ProfessionalMatch> professionals(SearchStatement statement) {
        useSearchSettings();
        return jdbc.sql(statement.sql()).params(statement.params())
                .query(DirectorySearchRepository::professional).list();
    }

    /** Must run inside a transaction: the search settings hold for that transaction only. */
    List<AgencyMatch> agencies(SearchStatement statement) {
        useSearchSettings();
        return jdbc.sql(statement.sql()).params(statement.params())
                .query(DirectorySearchRepository::agency).list();
    }

    private void useSearchSettings() {
        jdbc.sql(SearchStatements.SEARCH_SETTINGS).query().singleRow();
    }

    private static ProfessionalMatch professional(ResultSet row, int number) throws SQLException {
        return new ProfessionalMatch(row.getObject("id", UUID.class), row.getString("name"),
                row.getString("job_title"), row.getString("team"), row.getString("agency_code"),
                row.getString("agency_name"), AgencyKind.valueOf(row.getString("agency_kind")),
                row.getString("work_phone"), row.getString("mobile"), row.getString("email"),
                PreferredContact.valueOf(row.getString("preferred_contact")), areas(row),
                row.getBoolean("local_area"), row.getBoolean("contact_through_duty"));
    }

    private static AgencyMatch agency(ResultSet row, int number) throws SQLException {
        return new AgencyMatch(row.getString("code"), row.getString("name"), AgencyKind.valueOf(row.getString("kind")),
                areas(row), row.getString("switchboard_phone"), row.getString("email"),
                AgencyStatus.valueOf(row.getString("status")), row.getBoolean("local_area"));
    }

    private static List<String> areas(ResultSet row) throws SQLException {
        return List.of((String[]) row.getArray("areas").getArray());
    }
}
