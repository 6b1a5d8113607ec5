package org.patchwork.network.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.network.membership.NetworkRole;
import org.patchwork.platform.jdbc.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's record row mapper on real PostgreSQL results, as this service's repositories use it. */
class RowsTest extends NetworkIntegrationTest {

    record Shaped(UUID id, String familyName, LocalDate dateOfBirth, Instant joinedAt, NetworkRole role, int attentions,
                  long urgentAttentions, boolean open, List<String> areas, String notInTheResult, int alsoMissing) {
    }

    @Test
    void columnsMapToComponentsByUnderscoredOrExactNameAndMissingOnesAreEmpty() {
        UUID id = UUID.randomUUID();

        List<Shaped> rows = jdbc.sql("""
                        SELECT :id AS id, 'Example-Row' AS family_name, DATE '2014-03-09' AS date_of_birth,
                               TIMESTAMPTZ '2026-11-26 09:30:00+00' AS joined_at, 'LEAD' AS role, 3 AS attentions,
                               2::bigint AS "urgentAttentions", true AS open, ARRAY['WS13', 'WS14'] AS areas
                        UNION ALL
                        SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL""")
                .param("id", id).query(Rows.of(Shaped.class)).list();

        assertThat(rows.getFirst()).isEqualTo(new Shaped(id, "Example-Row", LocalDate.of(2014, 3, 9),
                Instant.parse("2026-11-26T09:30:00Z"), NetworkRole.LEAD, 3, 2L, true, List.of("WS13", "WS14"), null, 0));
        assertThat(rows.get(1)).isEqualTo(new Shaped(null, null, null, null, null, 0, 0L, false, null, null, 0));
    }
}
