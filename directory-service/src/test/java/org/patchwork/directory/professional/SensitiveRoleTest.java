package org.patchwork.directory.professional;

import java.util.List;
import java.util.Map;

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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sensitive role's own numbers and email are shared with nobody but the professional and their agency's
 * administrators: every other answer, and every event, gives their agency's duty contact.
 */
@PatchworkServiceTest
class SensitiveRoleTest {

    static final String MOBILE = "07700 900987";
    static final String WORK_PHONE = "01543 300222";
    static final String DUTY_PHONE = "01543 300111";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    String agency;
    String otherAgency;
    String admin;
    TestUser refugeWorker;
    String id;

    @BeforeEach
    void aRefugeWorkerWhoHasSignedIn() {
        agency = TestAgencies.create(jdbc, "refuge", "Sample Refuge", "VOLUNTARY_SECTOR", "Lichfield");
        otherAgency = TestAgencies.create(jdbc, "refuge", "Sample Health Visiting", "NHS", "Lichfield");
        admin = TestKeycloak.get().createUser(agency, "Sample", "Refuge Admin", "practitioner", "agency-admin").bearer();
        refugeWorker = TestKeycloak.get().createUser(agency, "Sample", "Refuge Worker", "practitioner");
        ResponseEntity<Map> created = send(HttpMethod.POST, admin, "/api/directory/agencies/" + agency + "/staff",
                Map.of("name", "Sample Refuge Worker", "email", refugeWorker.email(), "jobTitle", "Refuge keyworker",
                        "workPhone", WORK_PHONE, "mobile", MOBILE, "preferredContact", "MOBILE",
                        "areas", List.of("Lichfield")));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        id = (String) created.getBody().get("id");
        assertThat(send(HttpMethod.GET, refugeWorker.bearer(), "/api/directory/me", null).getBody())
                .containsEntry("id", id);
    }

    ResponseEntity<Map> send(HttpMethod method, String bearer, String path, Object body) {
        RestClient.RequestBodySpec request = TestApi.at(port).method(method).uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(Map.class);
    }

    String answer(String bearer, String path) {
        ResponseEntity<String> answer = TestApi.at(port).get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer)
                .retrieve().toEntity(String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return answer.getBody();
    }

    ResponseEntity<Map> flag(String bearer, boolean sensitive) {
        return send(HttpMethod.PUT, bearer, "/api/directory/agencies/" + agency + "/staff/" + id + "/sensitive-role",
                Map.of("sensitive", sensitive, "reason", "Works at a refuge whose location must stay confidential"));
    }

    void setDutyContact(String phone) {
        ResponseEntity<Map> duty = send(HttpMethod.PUT, admin, "/api/directory/agencies/" + agency + "/duty-contact",
                Map.of("phone", phone, "email", "duty@" + agency + ".example"));
        assertThat(duty.getStatusCode().value()).isEqualTo(200);
        assertThat(duty.getBody()).containsEntry("dutyPhone", phone);
    }

    @Test
    void aSensitiveProfessionalsMobileAppearsInNoAnswerToOthersAndInNoEvent() {
        setDutyContact(DUTY_PHONE);
        ResponseEntity<Map> flagged = flag(admin, true);
        String outsider = TestKeycloak.get().createUser(otherAgency, "Sample", "Health Visitor", "practitioner")
                .bearer();
        String colleague = TestKeycloak.get().createUser(agency, "Sample", "Refuge Colleague", "practitioner")
                .bearer();

        assertThat(flagged.getStatusCode().value()).isEqualTo(200);
        assertThat(flagged.getBody()).containsEntry("contactThroughDuty", true);
        for (String other : List.of(outsider, colleague)) {
            String profile = answer(other, "/api/directory/professionals/" + id);
            String search = answer(other, "/api/directory/professionals?q=Refuge+keyworker&agency=" + agency);
            assertThat(profile).contains(DUTY_PHONE, "duty@" + agency + ".example", "\"contactThroughDuty\":true")
                    .doesNotContain(MOBILE, WORK_PHONE, refugeWorker.email());
            assertThat(search).contains(id, DUTY_PHONE, "\"contactThroughDuty\":true")
                    .doesNotContain(MOBILE, WORK_PHONE, refugeWorker.email());
        }
        assertThat(answer(refugeWorker.bearer(), "/api/directory/me")).contains(MOBILE, WORK_PHONE);
        assertThat(answer(admin, "/api/directory/agencies/" + agency + "/staff")).contains(MOBILE);

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(bootstrapServers,
                "directory.professionals", id, 3);
        String whenFlagged = TopicRecords.json(records.getLast());
        assertThat(whenFlagged).contains("\"contactThroughDuty\":true", "\"dutyPhone\":\"" + DUTY_PHONE + "\"",
                "\"mobile\":null", "\"workPhone\":null").doesNotContain(MOBILE, WORK_PHONE);
    }

    @Test
    void aNewDutyContactReachesTheEventsOfTheAgencysSensitiveRoles() {
        setDutyContact(DUTY_PHONE);
        flag(admin, true);
        setDutyContact("01543 300333");

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(bootstrapServers,
                "directory.professionals", id, 4);

        assertThat(TopicRecords.json(records.getLast())).contains("\"dutyPhone\":\"01543 300333\"")
                .doesNotContain(MOBILE);
    }

    @Test
    void onlyTheProfessionalsOwnAgencyAdminFlagsThemAndOnlyOnceItHasADutyContactAndEachChangeIsRecorded() {
        String otherAdmin = TestKeycloak.get().createUser(otherAgency, "Sample", "Other Admin", "practitioner",
                "agency-admin").bearer();

        assertThat(flag(admin, true).getStatusCode().value()).isEqualTo(409);
        setDutyContact(DUTY_PHONE);
        assertThat(flag(refugeWorker.bearer(), true).getStatusCode().value()).isEqualTo(403);
        assertThat(flag(otherAdmin, true).getStatusCode().value()).isEqualTo(403);
        assertThat(send(HttpMethod.PUT, otherAdmin, "/api/directory/agencies/" + agency + "/duty-contact",
                Map.of("phone", "01543 300999")).getStatusCode().value()).isEqualTo(403);
        assertThat(send(HttpMethod.PUT, admin, "/api/directory/agencies/" + agency + "/staff/" + id
                + "/sensitive-role", Map.of("sensitive", true)).getStatusCode().value()).isEqualTo(400);
        assertThat(flag(admin, true).getStatusCode().value()).isEqualTo(200);
        assertThat(flag(admin, true).getStatusCode().value()).isEqualTo(200);
        assertThat(flag(admin, false).getBody()).containsEntry("contactThroughDuty", false);
        String outsider = TestKeycloak.get().createUser(otherAgency, "Sample", "Outsider", "practitioner").bearer();

        assertThat(answer(outsider, "/api/directory/professionals/" + id)).contains(MOBILE);
        List<Map<String, Object>> changes = jdbc.sql("""
                        SELECT sensitive, actor_agency FROM sensitive_role_change
                        WHERE professional_id = :id::uuid ORDER BY id""")
                .param("id", id).query().listOfRows();
        assertThat(changes).extracting(change -> change.get("sensitive")).containsExactly(true, false);
        assertThat(changes).allSatisfy(change -> assertThat(change).containsEntry("actor_agency", agency));
        assertThat(answer(admin, "/api/directory/agencies/" + agency + "/staff/" + id + "/sensitive-role"))
                .contains("Works at a refuge");
    }
}
