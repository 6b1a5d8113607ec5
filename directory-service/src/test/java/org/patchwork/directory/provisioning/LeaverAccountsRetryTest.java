package org.patchwork.directory.provisioning;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.patchwork.directory.TestAgencies;
import org.patchwork.directory.TestApi;
import org.patchwork.directory.TopicRecords;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keycloak's admin API unreachable (nothing listens on port 1): the leaver is marked in Patchwork all the same, and
 * disabling their account stays in the outbox, tried again at every resubmission. (Its context is closed after it:
 * cached, it would go on failing to reach Keycloak while the JVM's other tests run.)
 */
@PatchworkServiceTest
@DirtiesContext
@TestPropertySource(properties = {"patchwork.directory.keycloak.url=http://127.0.0.1:1",
        "patchwork.directory.keycloak.client-secret=unused", "patchwork.directory.keycloak.connect-timeout=1s"})
class LeaverAccountsRetryTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    String agency;

    @Test
    void withKeycloakUnreachableTheLeaverIsStillMarkedAndDisablingTheirAccountIsRetried() {
        agency = TestAgencies.create(jdbc, "scim", "Sample Housing Association", "HOUSING", "Lichfield");
        String platformAdmin = TestKeycloak.get().createUser(null, "Sample", "Platform Admin", "platform-admin")
                .bearer();
        RestClient api = TestApi.at(port);
        String token = (String) api.post().uri("/api/directory/agencies/{code}/scim-credentials", agency)
                .header(HttpHeaders.AUTHORIZATION, platformAdmin).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("emailDomains", List.of(agency + ".example"))).retrieve().body(Map.class).get("token");
        String userName = "leaver-" + UUID.randomUUID() + "@" + agency + ".example";
        String id = (String) api.post().uri("/scim/v2/Users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(ScimProvisioningTest.SCIM_JSON)
                .body(ScimProvisioningTest.payload("okta/create-user.json", userName)).retrieve().body(Map.class)
                .get("id");

        ResponseEntity<Map> deactivated = api.patch().uri("/scim/v2/Users/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(ScimProvisioningTest.SCIM_JSON)
                .body(ScimProvisioningTest.payload("entra/deactivate-user.json", userName)).retrieve()
                .toEntity(Map.class);

        assertThat(deactivated.getStatusCode().value()).isEqualTo(200);
        assertThat(deactivated.getBody()).containsEntry("active", false);
        assertThat(jdbc.sql("SELECT status FROM professional WHERE id = :id::uuid").param("id", id)
                .query(String.class).single()).isEqualTo("LEFT");
        assertThat(TopicRecords.types(TopicRecords.withKey(bootstrapServers, "directory.professionals", id, 2)))
                .containsExactly("org.patchwork.ProfessionalRegistered", "org.patchwork.ProfessionalLeft");
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                        SELECT coalesce(max(completion_attempts), 0) FROM event_publication
                        WHERE event_type LIKE '%AccountToDisable' AND serialized_event LIKE :id""")
                .param("id", "%" + id + "%").query(Integer.class).single() >= 2);
    }

    /**
     * The test database is shared by the JVM's tests, whose contexts stay cached and resubmit what is incomplete:
     * this test's context is closed, and its publication that can never succeed goes with it.
     */
    @AfterEach
    void forgetTheUnreachableDisabling() {
        jdbc.sql("""
                        DELETE FROM event_publication WHERE event_type LIKE '%AccountToDisable'
                        AND completion_date IS NULL AND serialized_event LIKE :agency""")
                .param("agency", "%\"" + agency + "\"%").update();
    }
}
