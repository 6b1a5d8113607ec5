package org.patchwork.directory.professional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchwork.directory.TestAgencies;
import org.patchwork.directory.TestApi;
import org.patchwork.directory.TopicRecords;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PatchworkServiceTest
class StaffManagementTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    String agency;
    String otherAgency;
    String admin;

    @BeforeEach
    void agencies() {
        agency = TestAgencies.create(jdbc, "staff", "Sample Youth Service", "VOLUNTARY_SECTOR", "Lichfield");
        otherAgency = TestAgencies.create(jdbc, "staff", "Sample Health Visiting", "NHS", "Tamworth");
        admin = TestKeycloak.get().createUser(agency, "Sample", "Agency Admin", "practitioner", "agency-admin").bearer();
    }

    RestClient api() {
        return TestApi.at(port);
    }

    static Map<String, Object> member(String email, String jobTitle) {
        return Map.of("name", "Sample Youth Worker", "email", email, "jobTitle", jobTitle, "team", "Early help",
                "workPhone", "01543 308000", "mobile", "07700 900123", "preferredContact", "MOBILE",
                "areas", List.of("Lichfield", "Burntwood"));
    }

    ResponseEntity<Map> send(String method, String bearer, String path, Object body) {
        RestClient.RequestBodySpec request = api().method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(Map.class);
    }

    String createStaff(String code, String adminBearer, String email) {
        ResponseEntity<Map> created = send("POST", adminBearer, "/api/directory/agencies/" + code + "/staff",
                member(email, "Youth worker"));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    Map<String, Object> row(String id) {
        return jdbc.sql("SELECT * FROM professional WHERE id = :id::uuid").param("id", id).query().singleRow();
    }

    @Test
    void anAgencyAdminAddsEditsAndMarksStaffAsLeftAndEachChangeIsPublishedOnce() {
        String email = "worker-" + UUID.randomUUID() + "@" + agency + ".example";

        ResponseEntity<Map> created = send("POST", admin, "/api/directory/agencies/" + agency + "/staff",
                member(email, "Youth worker"));
        String id = (String) created.getBody().get("id");
        ResponseEntity<Map> edited = send("PUT", admin, "/api/directory/agencies/" + agency + "/staff/" + id,
                member(email, "Senior youth worker"));
        send("PUT", admin, "/api/directory/agencies/" + agency + "/staff/" + id, member(email, "Senior youth worker"));
        ResponseEntity<Map> left = send("POST", admin, "/api/directory/agencies/" + agency + "/staff/" + id + "/left",
                null);
        send("POST", admin, "/api/directory/agencies/" + agency + "/staff/" + id + "/left", null);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/directory/professionals/" + id);
        assertThat(created.getBody()).containsEntry("agency", agency).containsEntry("status", "ACTIVE");
        assertThat(edited.getBody()).containsEntry("jobTitle", "Senior youth worker");
        assertThat(left.getBody()).containsEntry("status", "LEFT");
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(bootstrapServers,
                "directory.professionals", id, 3);
        assertThat(TopicRecords.types(records)).containsExactly("org.patchwork.ProfessionalRegistered",
                "org.patchwork.ProfessionalUpdated", "org.patchwork.ProfessionalLeft");
        assertThat(TopicRecords.json(records.get(2))).contains("\"status\":\"LEFT\"", "\"keycloakSubject\":null",
                "\"team\":\"Early help\"", "\"areas\":[\"Lichfield\",\"Burntwood\"]", "\"mobile\":\"07700 900123\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAgencyAdminListsTheirStaffByNameIncludingLeaversAPageAtATime() {
        String first = createStaff(agency, admin, "a-" + UUID.randomUUID() + "@" + agency + ".example");
        String second = createStaff(agency, admin, "b-" + UUID.randomUUID() + "@" + agency + ".example");
        send("POST", admin, "/api/directory/agencies/" + agency + "/staff/" + second + "/left", null);
        String staff = "/api/directory/agencies/" + agency + "/staff";

        List<Map<String, Object>> everyone = (List<Map<String, Object>>) send("GET", admin, staff, null).getBody()
                .get("items");
        List<Map<String, Object>> leavers = (List<Map<String, Object>>) send("GET", admin, staff + "?status=LEFT", null)
                .getBody().get("items");
        ResponseEntity<Map> firstPage = send("GET", admin, staff + "?size=1", null);

        assertThat(everyone).extracting(member -> member.get("id")).contains(first, second);
        assertThat(everyone).allSatisfy(member -> assertThat(member).containsEntry("agency", agency));
        assertThat(leavers).extracting(member -> member.get("id")).containsExactly(second);
        assertThat(firstPage.getBody()).containsEntry("hasNext", true).containsEntry("size", 1);
        assertThat((List<?>) firstPage.getBody().get("items")).hasSize(1);
        assertThat(send("GET", admin, staff + "?size=1000", null).getStatusCode().value()).isEqualTo(400);
        assertThat(send("GET", admin, "/api/directory/agencies/" + otherAgency + "/staff", null).getStatusCode().value())
                .isEqualTo(403);
        String practitioner = TestKeycloak.get().createUser(agency, "Sample", "Staff Reader", "practitioner").bearer();
        assertThat(send("GET", practitioner, staff, null).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void nobodyManagesAnotherAgencysStaff() {
        String otherAdmin = TestKeycloak.get().createUser(otherAgency, "Sample", "Other Admin", "practitioner",
                "agency-admin").bearer();
        String theirs = createStaff(otherAgency, otherAdmin, "theirs-" + UUID.randomUUID() + "@" + otherAgency + ".example");
        String theirEmail = (String) row(theirs).get("email");

        List<ResponseEntity<Map>> attempts = List.of(
                send("POST", admin, "/api/directory/agencies/" + otherAgency + "/staff",
                        member("new@" + otherAgency + ".example", "Health visitor")),
                send("PUT", admin, "/api/directory/agencies/" + otherAgency + "/staff/" + theirs,
                        member(theirEmail, "Changed by another agency")),
                send("PUT", admin, "/api/directory/agencies/" + agency + "/staff/" + theirs,
                        member(theirEmail, "Changed by another agency")),
                send("POST", admin, "/api/directory/agencies/" + otherAgency + "/staff/" + theirs + "/left", null),
                send("POST", admin, "/api/directory/agencies/" + agency + "/staff/" + theirs + "/left", null));

        assertThat(attempts).allSatisfy(response -> {
            assertThat(response.getStatusCode().value()).isEqualTo(403);
            assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        });
        assertThat(row(theirs)).containsEntry("job_title", "Youth worker").containsEntry("status", "ACTIVE");
        assertThat(jdbc.sql("SELECT count(*) FROM professional WHERE agency_code = ?").param(otherAgency)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPractitionerCanEditOnlyThemselvesNotTheirColleagues() {
        String practitioner = TestKeycloak.get().createUser(agency, "Sample", "Practitioner", "practitioner").bearer();
        String colleague = createStaff(agency, admin, "colleague-" + UUID.randomUUID() + "@" + agency + ".example");

        ResponseEntity<Map> create = send("POST", practitioner, "/api/directory/agencies/" + agency + "/staff",
                member("someone@" + agency + ".example", "Youth worker"));
        ResponseEntity<Map> edit = send("PUT", practitioner, "/api/directory/agencies/" + agency + "/staff/" + colleague,
                member((String) row(colleague).get("email"), "Changed by a colleague"));
        ResponseEntity<Map> leave = send("POST", practitioner,
                "/api/directory/agencies/" + agency + "/staff/" + colleague + "/left", null);
        ResponseEntity<Map> read = send("GET", practitioner, "/api/directory/professionals/" + colleague, null);

        assertThat(List.of(create, edit, leave)).extracting(response -> response.getStatusCode().value())
                .containsOnly(403);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getBody()).containsEntry("jobTitle", "Youth worker").containsEntry("mobile", "07700 900123");
    }

    @Test
    void invalidStaffDetailsAreRefusedWithAProblemAndNothingIsStored() {
        ResponseEntity<Map> response = send("POST", admin, "/api/directory/agencies/" + agency + "/staff",
                Map.of("name", "Sample Worker", "email", "not-an-email", "workPhone", "ring reception",
                        "team", "t".repeat(121), "preferredContact", "EMAIL"));
        ResponseEntity<Map> missing = send("POST", admin, "/api/directory/agencies/" + agency + "/staff",
                Map.of("name", " ", "preferredContact", "EMAIL"));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(error -> error.get("field"))
                .containsExactly("email", "team", "workPhone");
        assertThat((List<Map<String, String>>) missing.getBody().get("errors")).extracting(error -> error.get("field"))
                .containsExactly("email", "name");
        assertThat(jdbc.sql("SELECT count(*) FROM professional WHERE agency_code = ?").param(agency)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSecondEntryWithTheSameEmailInTheAgencyIsAConflict() {
        String email = "dup-" + UUID.randomUUID() + "@" + agency + ".example";
        createStaff(agency, admin, email);

        ResponseEntity<Map> again = send("POST", admin, "/api/directory/agencies/" + agency + "/staff",
                member(email.toUpperCase(), "Youth worker"));

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM professional WHERE lower(email) = lower(?)").param(email)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProfessionalEnteredByTheirAdminIsLinkedNotDuplicatedWhenTheyFirstSignIn() {
        TestUser worker = TestKeycloak.get().createUser(agency, "Sample", "Youth Worker", "practitioner");
        String id = createStaff(agency, admin, worker.email());

        ResponseEntity<Map> me = send("GET", worker.bearer(), "/api/directory/me", null);

        assertThat(me.getBody()).containsEntry("id", id).containsEntry("jobTitle", "Youth worker")
                .containsEntry("mobile", "07700 900123");
        assertThat(row(id)).containsEntry("keycloak_subject", worker.id());
        assertThat(jdbc.sql("SELECT count(*) FROM professional WHERE lower(email) = lower(?)").param(worker.email())
                .query(Long.class).single()).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(bootstrapServers,
                "directory.professionals", id, 2);
        assertThat(TopicRecords.types(records)).containsExactly("org.patchwork.ProfessionalRegistered",
                "org.patchwork.ProfessionalUpdated");
        assertThat(TopicRecords.json(records.get(1))).contains("\"keycloakSubject\":\"" + worker.id() + "\"");
    }

    @Test
    void anEntryWithTheSameEmailInAnotherAgencyIsNotLinked() {
        TestUser worker = TestKeycloak.get().createUser(agency, "Sample", "Youth Worker", "practitioner");
        String otherAdmin = TestKeycloak.get().createUser(otherAgency, "Sample", "Other Admin", "practitioner",
                "agency-admin").bearer();
        String theirs = createStaff(otherAgency, otherAdmin, worker.email());

        ResponseEntity<Map> me = send("GET", worker.bearer(), "/api/directory/me", null);

        assertThat(me.getBody().get("id")).isNotEqualTo(theirs);
        assertThat(me.getBody()).containsEntry("agency", agency);
        assertThat(row(theirs).get("keycloak_subject")).isNull();
    }

    @Test
    void aProfessionalMarkedAsLeftIsRefusedByEveryDirectoryEndpointAtOnce() {
        TestUser worker = TestKeycloak.get().createUser(agency, "Sample", "Leaving Worker", "practitioner");
        String bearer = worker.bearer();
        String id = (String) send("GET", bearer, "/api/directory/me", null).getBody().get("id");

        send("POST", admin, "/api/directory/agencies/" + agency + "/staff/" + id + "/left", null);

        assertThat(List.of(send("GET", bearer, "/api/directory/me", null),
                send("PUT", bearer, "/api/directory/me", Map.of("name", "Sample Leaving Worker",
                        "preferredContact", "EMAIL")),
                send("GET", bearer, "/api/directory/professionals/" + id, null),
                send("GET", bearer, "/api/directory/agencies/" + agency, null))).allSatisfy(response -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(403);
                    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
                    assertThat(response.getBody()).containsEntry("type",
                            "https://patchwork.example/problems/professional-left");
                });
    }

    @Test
    void aProfessionalMarkedAsLeftBeforeTheirFirstSignInIsLinkedAndRefused() {
        TestUser worker = TestKeycloak.get().createUser(agency, "Sample", "Never Started", "practitioner");
        String id = createStaff(agency, admin, worker.email());
        send("POST", admin, "/api/directory/agencies/" + agency + "/staff/" + id + "/left", null);

        ResponseEntity<Map> me = send("GET", worker.bearer(), "/api/directory/me", null);

        assertThat(me.getStatusCode().value()).isEqualTo(403);
        assertThat(me.getBody()).containsEntry("type", "https://patchwork.example/problems/professional-left");
        assertThat(row(id)).containsEntry("keycloak_subject", worker.id());
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(bootstrapServers,
                "directory.professionals", id, 3);
        assertThat(records).map(TopicRecords::json).anySatisfy(json -> assertThat(json)
                .contains("\"keycloakSubject\":\"" + worker.id() + "\"", "\"status\":\"LEFT\""));
    }
}
