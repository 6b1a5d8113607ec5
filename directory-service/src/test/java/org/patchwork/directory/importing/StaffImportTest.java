package org.patchwork.directory.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchwork.directory.TestAgencies;
import org.patchwork.directory.TestApi;
import org.patchwork.directory.TopicRecords;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

@PatchworkServiceTest
class StaffImportTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    String agency;
    String admin;

    @BeforeEach
    void agency() {
        agency = TestAgencies.create(jdbc, "import", "Sample Community Safety Partnership", "DISTRICT_COUNCIL",
                "Lichfield");
        admin = TestKeycloak.get().createUser(agency, "Sample", "Agency Admin", "practitioner", "agency-admin").bearer();
    }

    ResponseEntity<Map> importFile(String bearer, String code, byte[] csv) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(csv) {
            @Override
            public String getFilename() {
                return "staff.csv";
            }
        });
        return TestApi.at(port).post().uri("/api/directory/agencies/{code}/staff/import", code)
                .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> importFile(String csv) {
        return importFile(admin, agency, csv.getBytes(StandardCharsets.UTF_8));
    }

    long staff() {
        return jdbc.sql("SELECT count(*) FROM professional WHERE agency_code = ?").param(agency).query(Long.class)
                .single();
    }

    String staffFile() {
        return """
                name,email,jobTitle,team,workPhone,mobile,preferredContact,areas
                Sample Community Safety Officer,cso@%1$s.example,Community safety officer,Safer streets,01543 308000,,WORK_PHONE,Lichfield
                "Sample Youth Worker, Senior",youth@%1$s.example,Youth worker,Early help,,07700 900123,mobile,Lichfield;Burntwood
                Sample Housing Officer,housing@%1$s.example,Housing officer,,,,,
                Sample Bad Email,not-an-email,Officer,,,,,
                Sample Bad Phone,phone@%1$s.example,Officer,,call reception,,,
                ,noname@%1$s.example,Officer,,,,,
                Sample Repeat,CSO@%1$s.example,Officer,,,,,
                Sample Pigeon,pigeon@%1$s.example,Officer,,,,PIGEON,
                Sample Short Row,short@%1$s.example
                """.formatted(agency);
    }

    @Test
    void anImportStoresTheValidRowsAndReportsEachInvalidRowWithItsErrors() {
        ResponseEntity<Map> response = importFile(staffFile());

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> report = response.getBody();
        assertThat(report).containsEntry("created", 3).containsEntry("updated", 0).containsEntry("unchanged", 0)
                .containsEntry("rejected", 6);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) report.get("rows");
        assertThat(rows).extracting(row -> row.get("line")).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(rows).extracting(row -> row.get("outcome")).containsExactly("CREATED", "CREATED", "CREATED",
                "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED");
        assertThat(rows.subList(3, 9)).extracting(row -> ((List<Map<String, String>>) row.get("errors")).stream()
                .map(error -> error.get("field")).toList())
                .containsExactly(List.of("email"), List.of("workPhone"), List.of("name"), List.of("email"),
                        List.of("preferredContact"), List.of("row"));
        assertThat((List<Map<String, String>>) rows.get(6).get("errors"))
                .containsExactly(Map.of("field", "email", "message", "is already on line 2 of this file"));
        assertThat(staff()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT name, areas::text FROM professional WHERE email = ?")
                .param("youth@" + agency + ".example").query().singleRow())
                .containsEntry("name", "Sample Youth Worker, Senior").containsEntry("areas", "{Lichfield,Burntwood}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void spreadsheetFormulaCellsAreRejectedAndNothingOfThemIsStored() {
        ResponseEntity<Map> response = importFile("""
                name,email,jobTitle,team,workPhone,mobile,preferredContact,areas
                "=HYPERLINK(""http://attacker.example"",""Click"")",formula@%1$s.example,Officer,,,,,
                Sample Plus,plus@%1$s.example,+cmd|' /C calc'!A0,,,,,
                Sample Minus,minus@%1$s.example,Officer,-2+3,,,,
                Sample At,at@%1$s.example,Officer,,,,,Lichfield;@SUM(1)
                Sample Plain,plain@%1$s.example,Officer - senior,Team = early help,+44 1543 308000,,,Lichfield
                """.formatted(agency));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) response.getBody().get("rows");
        assertThat(rows).extracting(row -> row.get("outcome"))
                .containsExactly("REJECTED", "REJECTED", "REJECTED", "REJECTED", "CREATED");
        assertThat(rows.subList(0, 4)).extracting(row -> ((List<Map<String, String>>) row.get("errors")).stream()
                        .map(error -> error.get("field")).toList())
                .containsExactly(List.of("name"), List.of("jobTitle"), List.of("team"), List.of("areas"));
        assertThat(((List<Map<String, String>>) rows.getFirst().get("errors")).getFirst().get("message"))
                .contains("formula");
        assertThat(staff()).isEqualTo(1);
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndPublishesNothing() {
        importFile(staffFile());
        String youthWorker = jdbc.sql("SELECT id::text FROM professional WHERE email = ?")
                .param("youth@" + agency + ".example").query(String.class).single();

        ResponseEntity<Map> again = importFile(staffFile());
        ResponseEntity<Map> changed = importFile(staffFile().replace("Youth worker,Early help", "Youth worker,Outreach"));

        assertThat(again.getBody()).containsEntry("created", 0).containsEntry("updated", 0)
                .containsEntry("unchanged", 3).containsEntry("rejected", 6);
        assertThat(changed.getBody()).containsEntry("created", 0).containsEntry("updated", 1)
                .containsEntry("unchanged", 2);
        assertThat(staff()).isEqualTo(3);
        assertThat(TopicRecords.types(TopicRecords.withKey(bootstrapServers, "directory.professionals",
                youthWorker, 2))).containsExactly("org.patchwork.ProfessionalRegistered",
                "org.patchwork.ProfessionalUpdated");
    }

    @Test
    void aFileThatIsNotCsvOfTheStaffColumnsIsRefusedWholeWithAProblem() {
        String validFirstRow = "name,email\nSample Worker,worker@" + agency + ".example\n";
        List<byte[]> files = List.of(
                (validFirstRow + "\"Sample Unclosed,unclosed@" + agency + ".example\n").getBytes(StandardCharsets.UTF_8),
                ("name,email,nhsNumber\nSample Worker,worker@" + agency + ".example,123\n").getBytes(StandardCharsets.UTF_8),
                ("name,team\nSample Worker,Early help\n").getBytes(StandardCharsets.UTF_8),
                new byte[0],
                ("name,email\nSample Caf\u00e9,cafe@" + agency + ".example\n").getBytes(StandardCharsets.ISO_8859_1));

        List<ResponseEntity<Map>> responses = files.stream().map(csv -> importFile(admin, agency, csv)).toList();

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
            assertThat(response.getBody().get("type")).isEqualTo("https://patchwork.example/problems/malformed-csv");
            assertThat((String) response.getBody().get("detail")).endsWith("Nothing was imported.");
        });
        assertThat((String) responses.getFirst().getBody().get("detail")).contains("Line 3", "never closed");
        assertThat(staff()).isZero();
    }

    @Test
    void aFileWithMoreRowsThanAllowedIsRefusedWholeWithAProblem() {
        StringBuilder csv = new StringBuilder("name,email\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("N,").append(i).append("@x.uk\n");
        }

        ResponseEntity<Map> response = importFile(csv.toString());

        assertThat(csv.length()).isLessThan(2 * 1024 * 1024);
        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(response.getBody().get("type")).isEqualTo("https://patchwork.example/problems/too-many-rows");
        assertThat(staff()).isZero();
    }

    @Test
    void aFileLargerThanTheUploadLimitIsRefused() {
        ResponseEntity<Map> response = importFile(admin, agency, new byte[3 * 1024 * 1024]);

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(staff()).isZero();
    }

    @Test
    void onlyTheAgencysOwnAdminMayImportItsStaff() {
        String otherAgency = TestAgencies.create(jdbc, "import", "Sample Fire Station", "FIRE_AND_RESCUE", "Tamworth");
        String otherAdmin = TestKeycloak.get().createUser(otherAgency, "Sample", "Other Admin", "practitioner",
                "agency-admin").bearer();
        String practitioner = TestKeycloak.get().createUser(agency, "Sample", "Practitioner", "practitioner").bearer();
        byte[] csv = staffFile().getBytes(StandardCharsets.UTF_8);

        assertThat(importFile(otherAdmin, agency, csv).getStatusCode().value()).isEqualTo(403);
        assertThat(importFile(practitioner, agency, csv).getStatusCode().value()).isEqualTo(403);
        assertThat(staff()).isZero();
    }
}
