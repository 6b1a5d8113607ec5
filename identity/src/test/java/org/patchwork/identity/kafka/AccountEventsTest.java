package org.patchwork.identity.kafka;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patchwork.identity.BrokeredLogin;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.patchwork.platform.test.contracts.EventContracts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test run's Keycloak, with the {@code patchwork-kafka} listener pointed at this JVM's broker, publishes
 * account events when they happen there for real.
 */
class AccountEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static TestKeycloak keycloak;
    private static PatchworkRealmUsers users;

    @BeforeAll
    static void startBrokerAndConnectToKeycloak() {
        AccountsTopic.bootstrapServers();
        keycloak = TestKeycloak.get();
        users = new PatchworkRealmUsers(keycloak.url());
    }

    @Test
    void disablingALeaversAccountPublishesAccountDisabledOnce() {
        TestUser leaver = keycloak.createUser("staffs-fire", "Demo", "Leaver", "practitioner");

        keycloak.disableUser(leaver.id());

        List<ConsumerRecord<String, byte[]>> records = AccountsTopic.recordsAbout(leaver.id(), "AccountDisabled");
        assertThat(records).as("creating an account publishes nothing; disabling it publishes one event")
                .hasSize(1);
        ConsumerRecord<String, byte[]> record = records.getFirst();
        assertCloudEvent(record, "org.patchwork.AccountDisabled", leaver.id());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("keycloakSubject").asString()).isEqualTo(leaver.id());
        assertThat(event.get("agency").asString()).isEqualTo("staffs-fire");
        assertThat(event.get("eventId").asString()).isEqualTo(AccountsTopic.header(record, "ce_id"));
        assertThat(event.get("occurredAt").asString()).isEqualTo(AccountsTopic.header(record, "ce_time"));
    }

    @Test
    void deletingAnAccountPublishesAccountDisabledWithItsAgency() {
        TestUser leaver = keycloak.createUser("nhs-primary-care", "Demo", "Deleted", "practitioner");

        users.delete(leaver.id());

        List<ConsumerRecord<String, byte[]>> records = AccountsTopic.recordsAbout(leaver.id(), "AccountDisabled");
        assertThat(records).hasSize(1);
        assertCloudEvent(records.getFirst(), "org.patchwork.AccountDisabled", leaver.id());
        assertThat(JSON.readTree(records.getFirst().value()).get("agency").asString()).isEqualTo("nhs-primary-care");
    }

    @Test
    void aPractitionersFirstSignInThroughTheirAgencyPublishesWhoTheyAreAndTheNextSignInNothing() throws Exception {
        // The demo agency users are shared by every test run on this Keycloak: remove the Patchwork account a
        // previous sign-in created, so that this sign-in is a first one again.
        users.idOf("lichfield-dc.practitioner").ifPresent(users::delete);

        String code = new BrokeredLogin(keycloak.url(), gatewayUrl()).signIn("lichfield-dc", "practitioner", "demo");
        new BrokeredLogin(keycloak.url(), gatewayUrl()).signIn("lichfield-dc", "practitioner", "demo");

        assertThat(code).isNotBlank();
        String subject = users.idOf("lichfield-dc.practitioner").orElseThrow();
        List<ConsumerRecord<String, byte[]>> records = AccountsTopic.recordsAbout(subject, "AccountFirstLogin");
        assertThat(records).as("one event for the first sign-in, none for the second").hasSize(1);
        assertCloudEvent(records.getFirst(), "org.patchwork.AccountFirstLogin", subject);
        JsonNode event = JSON.readTree(records.getFirst().value());
        assertThat(event.get("keycloakSubject").asString()).isEqualTo(subject);
        assertThat(event.get("username").asString()).isEqualTo("lichfield-dc.practitioner");
        assertThat(event.get("agency").asString()).isEqualTo("lichfield-dc");
        assertThat(event.get("email").asString()).isEqualTo("practitioner@lichfield-dc.example");
        assertThat(event.get("name").asString()).isEqualTo("Demo Housing Officer");
    }

    private static void assertCloudEvent(ConsumerRecord<String, byte[]> record, String type, String subject) {
        assertThat(record.topic()).isEqualTo(AccountsTopic.TOPIC);
        assertThat(record.key()).isEqualTo(subject);
        assertThat(AccountsTopic.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(AccountsTopic.header(record, "ce_type")).isEqualTo(type);
        assertThat(AccountsTopic.header(record, "ce_source")).isEqualTo("/keycloak/patchwork");
        assertThat(AccountsTopic.header(record, "ce_subject")).isEqualTo(subject);
        assertThat(AccountsTopic.header(record, "ce_id")).isNotBlank();
        assertThat(AccountsTopic.header(record, "ce_time")).isNotBlank();
        assertThat(AccountsTopic.header(record, "content-type")).isEqualTo("application/json");
        EventContracts.of("identity").assertConforms(record);
    }

    private static String gatewayUrl() {
        String port = System.getenv("PATCHWORK_TEST_GATEWAY_PORT");
        return "http://127.0.0.1:" + (port == null || port.isBlank() ? "18080" : port);
    }
}
