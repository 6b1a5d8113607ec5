package org.patchwork.directory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchwork.directory.TestAgencies;
import org.patchwork.directory.TestApi;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PatchworkServiceTest
class DirectorySearchTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String homeArea;
    String home;
    String far;
    String searcher;

    @BeforeEach
    void directory() {
        homeArea = "Homeville " + word();
        home = TestAgencies.create(jdbc, "search", "Sample District Council " + word(), "DISTRICT_COUNCIL", homeArea);
        far = TestAgencies.create(jdbc, "search", "Sample Ambulance Trust " + word(), "NHS", "Farborough " + word());
        searcher = TestKeycloak.get().createUser(home, "Sample", "Searcher", "practitioner").bearer();
    }

    /** A made-up word nobody else's test data contains, e.g. "Bavoreki". */
    static String word() {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            word.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())))
                    .append(vowels.charAt(ThreadLocalRandom.current().nextInt(vowels.length())));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    String professional(String agency, String name, String jobTitle, String team, String... areas) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO professional (id, agency_code, name, job_title, team, email, work_phone,
                                                  preferred_contact, areas, status)
                        VALUES (:id::uuid, :agency, :name, :jobTitle, :team, :email, '01543 308000', 'WORK_PHONE',
                                :areas, 'ACTIVE')""")
                .param("id", id).param("agency", agency).param("name", name).param("jobTitle", jobTitle)
                .param("team", team).param("email", id + "@" + agency + ".example").param("areas", areas).update();
        return id;
    }

    Map<String, Object> search(String query) {
        ResponseEntity<Map> response = get("/api/directory/professionals?" + query);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    ResponseEntity<Map> get(String path) {
        return TestApi.at(port).get().uri(path).header(HttpHeaders.AUTHORIZATION, searcher).retrieve()
                .toEntity(Map.class);
    }

    static List<Object> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> item.get("id")).toList();
    }

    @Test
    void aNameIsFoundDespiteATypoOrWhenOnlyItsStartIsTyped() {
        String surname = word();
        String id = professional(far, "Sample " + surname, "Paramedic", null);
        String typo = surname.substring(0, 6) + (surname.charAt(6) == 'z' ? 'k' : 'z') + surname.charAt(7);

        assertThat(ids(search("q=" + typo))).contains(id);
        assertThat(ids(search("q=sample " + surname.substring(0, 5).toLowerCase()))).contains(id);
        Map<String, Object> match = ((List<Map<String, Object>>) search("q=" + surname).get("items")).getFirst();
        assertThat(match).containsEntry("id", id).containsEntry("jobTitle", "Paramedic").containsEntry("agency", far)
                .containsEntry("workPhone", "01543 308000").containsEntry("agencyKind", "NHS");
    }

    @Test
    void professionalsAreFoundByRoleTeamOrTheirAgencysName() {
        String team = "Team " + word();
        String nurse = professional(home, "Sample District Nurse", "District nurse", team);
        String agencyName = jdbc.sql("SELECT name FROM agency WHERE code = ?").param(far).query(String.class).single();
        String paramedic = professional(far, "Sample Paramedic", "Paramedic", null);

        assertThat(ids(search("q=district nurse&agency=" + home))).containsExactly(nurse);
        assertThat(ids(search("q=" + team))).containsExactly(nurse);
        assertThat(ids(search("q=" + agencyName)).getFirst()).isEqualTo(paramedic);
    }

    @Test
    void aNameWhoseFirstNameIsAlsoInAgencyNamesDoesNotListThoseAgenciesStaff() {
        // As a whole, "Sample S…" (seven letters) is half similar to "Sample Ambulance Trust …": one word of two.
        String surname = "S" + word().substring(1, 6) + "n";
        String sought = professional(home, "Sample " + surname, "Paramedic", null);
        professional(far, "Placeholder Bystander", "Paramedic", null);
        professional(home, "Placeholder Colleague", "Housing officer", null);

        assertThat(ids(search("q=Sample " + surname))).containsExactly(sought);
    }

    @Test
    void aWordSimilarToManyNamesRanksABoundedNumberOfThemAndStillFindsTheNameItStarts() {
        // "Bavor" is similar (three of its six trigrams) to every "Bavx…", but the start of none of them.
        String surname = word();
        String prefix = surname.substring(0, 5);
        String crowded = TestAgencies.create(jdbc, "search", "Crowded Trust " + word(), "NHS");
        jdbc.sql("""
                        INSERT INTO professional (id, agency_code, name, job_title, email, preferred_contact, status)
                        SELECT gen_random_uuid(), :agency, 'Filler ' || :stem || 'x' || n, 'Paramedic',
                               'filler' || n || '@' || :agency || '.example', 'EMAIL', 'ACTIVE'
                        FROM generate_series(1, :count) AS n""")
                .param("agency", crowded).param("stem", surname.substring(0, 3))
                .param("count", SearchStatements.FUZZY_CANDIDATES + 100).update();
        String sought = professional(crowded, "Sample " + surname, "Paramedic", null);

        List<Object> found = new ArrayList<>();
        Map<String, Object> page = Map.of("hasNext", true);
        for (int number = 0; Boolean.TRUE.equals(page.get("hasNext")); number++) {
            page = search("q=" + prefix + "&agency=" + crowded + "&size=100&page=" + number);
            found.addAll(ids(page));
        }

        assertThat(found.getFirst()).isEqualTo(sought);
        assertThat(found).hasSizeBetween(SearchStatements.FUZZY_CANDIDATES, SearchStatements.FUZZY_CANDIDATES + 1)
                .doesNotHaveDuplicates();
    }

    @Test
    void everyFilterGivenMustHold() {
        String surname = word();
        String nurse = professional(home, "Sample " + surname, "District nurse", null, "Lichfield");
        String visitor = professional(far, "Sample " + surname, "Health visitor", null, "Lichfield");
        professional(far, "Sample " + surname, "Health visitor", null, "Tamworth");

        assertThat(ids(search("q=" + surname + "&kind=NHS&area=lichfield"))).containsExactly(visitor);
        assertThat(ids(search("q=" + surname + "&role=nurse"))).containsExactly(nurse);
        assertThat(ids(search("q=" + surname + "&agency=" + home))).containsExactly(nurse);
        assertThat(ids(search("agency=" + far + "&role=visitor&area=Lichfield"))).containsExactly(visitor);
    }

    @Test
    void professionalsCoveringTheSearchersOwnAreasComeFirst() {
        String surname = word();
        String distant = professional(far, "Alpha Sample " + surname, "Paramedic", null);
        String local = professional(far, "Zulu Sample " + surname, "Paramedic", null, homeArea.toUpperCase());
        String colleague = professional(home, "Mike Sample " + surname, "Housing officer", null);

        Map<String, Object> page = search("q=" + surname);

        assertThat(ids(page)).containsExactly(colleague, local, distant);
        assertThat((List<Map<String, Object>>) page.get("items")).extracting(item -> item.get("localArea"))
                .containsExactly(true, true, false);
    }

    @Test
    void resultsComeInPages() {
        String surname = word();
        for (String first : List.of("Alpha", "Bravo", "Charlie")) {
            professional(far, first + " Sample " + surname, "Paramedic", null);
        }

        Map<String, Object> first = search("q=" + surname + "&size=2");
        Map<String, Object> second = search("q=" + surname + "&size=2&page=1");

        assertThat(ids(first)).hasSize(2);
        assertThat(first).containsEntry("hasNext", true).containsEntry("page", 0).containsEntry("size", 2);
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
        assertThat(second).containsEntry("hasNext", false);
    }

    @Test
    void leaversAndStaffOfSuspendedAgenciesAreNotListedAndLeaversAreLookedUpOnlyByTheirOwnAgency() {
        String surname = word();
        String leaver = professional(far, "Sample " + surname, "Paramedic", null);
        String ownLeaver = professional(home, "Sample " + surname, "Housing officer", null);
        jdbc.sql("UPDATE professional SET status = 'LEFT' WHERE id IN (?::uuid, ?::uuid)").param(leaver)
                .param(ownLeaver).update();
        String suspendedAgency = TestAgencies.create(jdbc, "search", "Sample Suspended Trust", "NHS");
        professional(suspendedAgency, "Sample " + surname, "Paramedic", null);
        jdbc.sql("UPDATE agency SET status = 'SUSPENDED' WHERE code = ?").param(suspendedAgency).update();

        assertThat(ids(search("q=" + surname))).isEmpty();
        assertThat(get("/api/directory/professionals/" + leaver).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/directory/professionals/" + ownLeaver).getBody()).containsEntry("status", "LEFT");
    }

    @Test
    void invalidSearchParametersGetAProblemAndAnUnknownProfessionalIsNotFound() {
        List<ResponseEntity<Map>> responses = List.of(
                get("/api/directory/professionals?size=1000"),
                get("/api/directory/professionals?page=-1"),
                get("/api/directory/professionals?kind=BANK"),
                get("/api/directory/professionals?q=" + "x".repeat(101)),
                get("/api/directory/agencies?size=0"));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        });
        assertThat(get("/api/directory/professionals/" + UUID.randomUUID()).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/directory/professionals/not-a-uuid").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void agenciesAreFoundByNameDespiteATypoAndFilteredByKindAndArea() {
        String name = word();
        String nearby = TestAgencies.create(jdbc, "search", "Sample " + name + " Fire Station", "FIRE_AND_RESCUE",
                homeArea);
        String distant = TestAgencies.create(jdbc, "search", "Sample " + name + " Fire Station North",
                "FIRE_AND_RESCUE", "Farborough");
        String typo = name.substring(0, 6) + (name.charAt(6) == 'z' ? 'k' : 'z') + name.charAt(7);

        Map<String, Object> found = get("/api/directory/agencies?q=" + typo + " fire").getBody();
        Map<String, Object> filtered = get("/api/directory/agencies?kind=FIRE_AND_RESCUE&area=farborough&q=" + name)
                .getBody();

        assertThat(((List<Map<String, Object>>) found.get("items")).stream().map(item -> item.get("code")).toList())
                .containsExactly(nearby, distant);
        assertThat(((List<Map<String, Object>>) found.get("items")).getFirst()).containsEntry("localArea", true)
                .containsEntry("status", "ONBOARDED");
        assertThat(((List<Map<String, Object>>) filtered.get("items")).stream().map(item -> item.get("code")).toList())
                .containsExactly(distant);
    }
}
