package org.patchwork.directory.professional;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.directory.TestAgencies;
import org.patchwork.directory.TestApi;
import org.patchwork.directory.TopicRecords;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.TestEvents;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.patchwork.platform.test.contracts.EventContracts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PatchworkServiceTest
class IdentityAccountsListenerTest {

    private static final EventContracts IDENTITY = EventContracts.of("identity");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    String signedIn(TestUser user) {
        return (String) TestApi.at(port).get().uri("/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, user.bearer()).retrieve().body(Map.class).get("id");
    }

    String status(String professionalId) {
        return jdbc.sql("SELECT status FROM professional WHERE id = ?::uuid").param(professionalId)
                .query(String.class).single();
    }

    @Test
    void aDisabledAccountMarksTheProfessionalAsLeftOnceHoweverOftenItIsDelivered() {
        String agency = TestAgencies.create(jdbc, "leavers", "Sample Fire Station", "FIRE_AND_RESCUE", "Lichfield");
        TestUser firefighter = TestKeycloak.get().createUser(agency, "Sample", "Firefighter", "practitioner");
        String professionalId = signedIn(firefighter);
        String eventId = UUID.randomUUID().toString();

        send(eventId, "AccountDisabled", firefighter.id(), agency);
        send(eventId, "AccountDisabled", firefighter.id(), agency);
        send(UUID.randomUUID().toString(), "AccountDisabled", firefighter.id(), agency);

        await().atMost(Duration.ofMinutes(2)).until(() -> "LEFT".equals(status(professionalId)));
        assertThat(TopicRecords.types(TopicRecords.withKey(bootstrapServers, "directory.professionals",
                professionalId, 2))).containsExactly("org.patchwork.ProfessionalRegistered",
                "org.patchwork.ProfessionalLeft");
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                "SELECT count(*) FROM processed_event WHERE consumer = 'directory.leavers' AND event_type = ?")
                .param("org.patchwork.AccountDisabled").query(Long.class).single() >= 2);
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = ?::uuid").param(eventId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDisabledAccountReportedForAnotherAgencyOrOfAnotherTypeChangesNothing() {
        String agency = TestAgencies.create(jdbc, "leavers", "Sample Youth Service", "VOLUNTARY_SECTOR", "Lichfield");
        TestUser worker = TestKeycloak.get().createUser(agency, "Sample", "Youth Worker", "practitioner");
        String professionalId = signedIn(worker);
        String marker = UUID.randomUUID().toString();

        send(UUID.randomUUID().toString(), "AccountDisabled", worker.id(), "another-agency");
        send(UUID.randomUUID().toString(), "AccountEnabled", worker.id(), agency);
        send(marker, "AccountDisabled", "subject-unknown-to-the-directory", agency);

        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                "SELECT count(*) FROM processed_event WHERE event_id = ?::uuid").param(marker)
                .query(Long.class).single() == 1);
        assertThat(status(professionalId)).isEqualTo("ACTIVE");
    }

    /** The Keycloak extension's AccountDisabled example for this account; any other type as it would carry it. */
    private void send(String eventId, String type, String keycloakSubject, String agency) {
        ObjectNode event = IDENTITY.example("identity.accounts", "AccountDisabled").put("eventId", eventId)
                .put("keycloakSubject", keycloakSubject).put("agency", agency);
        if (IDENTITY.types("identity.accounts").contains(type)) {
            IDENTITY.publish("identity.accounts", type, keycloakSubject, event);
        } else {
            TestEvents.publish("identity.accounts", type, eventId, keycloakSubject, "/keycloak/patchwork",
                    event.toString());
        }
    }
}
