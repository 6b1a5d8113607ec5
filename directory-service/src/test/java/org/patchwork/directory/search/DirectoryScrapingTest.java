package org.patchwork.directory.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.directory.TestAgencies;
import org.patchwork.directory.TestApi;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory cannot be copied out: searches are limited per professional (counted in the database) and each is
 * in the read audit; a leaver's entry and anyone's last-active time are not served to other agencies.
 */
@PatchworkServiceTest
@TestPropertySource(properties = {"patchwork.directory.searches-per-minute=100",
        "patchwork.directory.searches-per-day=4"})
class DirectoryScrapingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchesBeyondTheDailyLimitGet429AndEverySearchIsInTheReadAudit() {
        String agency = TestAgencies.create(jdbc, "scrape", "Sample Scraped Council " + DirectorySearchTest.word(),
                "DISTRICT_COUNCIL", "Lichfield");
        TestUser scraper = TestKeycloak.get().createUser(agency, "Sample", "Scraper", "practitioner");
        for (int page = 0; page < 3; page++) {
            assertThat(get(scraper, "/api/directory/professionals?q=nurse&page=" + page).getStatusCode().value())
                    .isEqualTo(200);
        }
        assertThat(get(scraper, "/api/directory/agencies?kind=NHS").getStatusCode().value()).isEqualTo(200);

        ResponseEntity<Map> refused = get(scraper, "/api/directory/professionals?q=nurse&page=3");

        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody()).containsEntry("type", "https://patchwork.example/problems/too-many-searches");
        assertThat(refused.getBody().get("detail").toString()).contains("limit of 4 directory searches today");
        assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 86_400L);
        assertThat(jdbc.sql("SELECT used FROM rate_limit_window WHERE limit_key = :key")
                .param("key", "search:professional-day:" + scraper.id()).query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("""
                        SELECT action || ' ' || criteria FROM read_audit WHERE actor_subject = :subject
                        ORDER BY id""").param("subject", scraper.id()).query(String.class).list())
                .containsExactly("PROFESSIONALS_SEARCHED q=nurse page=0 size=20",
                        "PROFESSIONALS_SEARCHED q=nurse page=1 size=20", "PROFESSIONALS_SEARCHED q=nurse page=2 size=20",
                        "AGENCIES_SEARCHED kind=NHS page=0 size=20");
    }

    @Test
    void aLeaversEntryAndLastActiveTimeAreServedOnlyToTheirOwnAgency() {
        String agency = TestAgencies.create(jdbc, "leaver", "Sample Leaver Council " + DirectorySearchTest.word(),
                "DISTRICT_COUNCIL", "Lichfield");
        String other = TestAgencies.create(jdbc, "other", "Sample Other Trust " + DirectorySearchTest.word(), "NHS",
                "Lichfield");
        TestUser colleague = TestKeycloak.get().createUser(agency, "Sample", "Colleague", "practitioner");
        TestUser outsider = TestKeycloak.get().createUser(other, "Sample", "Outsider", "practitioner");
        UUID active = entry(agency, "ACTIVE");
        UUID leaver = entry(agency, "LEFT");

        ResponseEntity<Map> activeToOutsider = get(outsider, "/api/directory/professionals/" + active);
        ResponseEntity<Map> leaverToOutsider = get(outsider, "/api/directory/professionals/" + leaver);
        ResponseEntity<Map> unknownToOutsider = get(outsider, "/api/directory/professionals/" + UUID.randomUUID());

        assertThat(activeToOutsider.getStatusCode().value()).isEqualTo(200);
        assertThat(activeToOutsider.getBody()).containsEntry("lastActiveAt", null);
        assertThat(leaverToOutsider.getStatusCode().value()).isEqualTo(404);
        assertThat(leaverToOutsider.getBody().get("detail").toString().replace(leaver.toString(), "ID"))
                .isEqualTo(unknownToOutsider.getBody().get("detail").toString().replaceAll("[0-9a-f-]{36}", "ID"));
        assertThat(get(colleague, "/api/directory/professionals/" + leaver).getBody())
                .containsEntry("status", "LEFT").containsEntry("lastActiveAt", "2026-11-30T09:00:00Z");
        assertThat(get(colleague, "/api/directory/professionals/" + active).getBody().get("lastActiveAt")).isNotNull();
    }

    private UUID entry(String agency, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO professional (id, agency_code, name, email, preferred_contact, areas, status,
                                                  last_active_at)
                        VALUES (:id, :agency, 'Sample Entry', :email, 'EMAIL', '{}', :status, :lastActive)""")
                .param("id", id).param("agency", agency).param("email", id + "@" + agency + ".example")
                .param("status", status).param("lastActive", Timestamp.from(Instant.parse("2026-11-30T09:00:00Z")))
                .update();
        return id;
    }

    private ResponseEntity<Map> get(TestUser caller, String path) {
        return TestApi.at(port).get().uri(path).header(HttpHeaders.AUTHORIZATION, caller.bearer()).retrieve()
                .toEntity(Map.class);
    }
}
