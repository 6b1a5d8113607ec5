package org.patchwork.schedule.membership;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.schedule.ScheduleIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkEventsListenerTest extends ScheduleIntegrationTest {

    Pro lead;
    Pro nurse;
    Pro officer;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Lead Worker");
        nurse = professional("nhs-primary-care", "Sample", "Health Visitor");
        officer = professional("staffs-police", "Sample", "Community Officer");
    }

    @Test
    void aMembershipEventDeliveredTwiceIsAppliedOnce() {
        UUID clientId = network(lead);
        UUID eventId = UUID.randomUUID();
        Instant joinedAt = Instant.now();

        publishNetworkEvent("network.memberships", "MemberJoinedNetwork", eventId, clientId, lead, List.of(lead, nurse),
                joinedAt);
        publishNetworkEvent("network.memberships", "MemberJoinedNetwork", eventId, clientId, lead,
                List.of(lead, nurse, officer), joinedAt.plusSeconds(1));
        publishNetworkEvent("network.memberships", "LeadProfessionalChanged", UUID.randomUUID(), clientId, lead,
                List.of(lead, nurse), joinedAt.plusSeconds(2));

        await().atMost(Duration.ofMinutes(2)).until(() -> processed(eventId) == 1 && jdbc
                .sql("SELECT count(*) FROM processed_event WHERE consumer = 'schedule.networks' AND event_type LIKE '%LeadProfessionalChanged'")
                .query(Long.class).single() >= 1);
        awaitMembers(clientId, lead, nurse);
        assertThat(processed(eventId)).isEqualTo(1);
    }

    @Test
    void anOlderEventArrivingLateDoesNotUndoANewerNetwork() {
        UUID clientId = network(lead, nurse);
        UUID lateEventId = UUID.randomUUID();

        publishNetworkEvent("network.memberships", "MemberLeftNetwork", UUID.randomUUID(), clientId, lead, List.of(lead),
                Instant.now());
        publishNetworkEvent("network.clients", "ClientRegistered", lateEventId, clientId, lead, List.of(lead, nurse),
                Instant.now().minus(Duration.ofHours(1)));

        await().atMost(Duration.ofMinutes(2)).until(() -> processed(lateEventId) == 1);
        awaitMembers(clientId, lead);
    }

    @Test
    void eventsWithoutANetworkAreIgnored() {
        UUID clientId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        publish("network.memberships", "SomethingNew", eventId.toString(), clientId,
                "{\"eventId\":\"%s\",\"occurredAt\":\"%s\",\"clientId\":\"%s\"}".formatted(eventId, Instant.now(), clientId));

        await().atMost(Duration.ofMinutes(2)).until(() -> processed(eventId) == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM network_client WHERE id = :id").param("id", clientId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theLeadIdFieldIsReadWhenAnEventNamesItSo() {
        UUID clientId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        publish("network.clients", "ClientRegistered", eventId.toString(), clientId, """
                {"eventId":"%s","occurredAt":"%s","clientId":"%s","clientInitials":"A.B.","memberIds":["%s"],
                 "leadId":"%s"}""".formatted(eventId, Instant.now(), clientId, nurse.id(), nurse.id()));

        awaitMembers(clientId, nurse);
        assertThat(jdbc.sql("SELECT lead_professional_id FROM network_client WHERE id = :id").param("id", clientId)
                .query(UUID.class).single()).isEqualTo(nurse.id());
    }

    private long processed(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = :id").param("id", eventId)
                .query(Long.class).single();
    }

    @Test
    void aRecordThatCannotBeReadIsParkedOnADeadLetterTopicDeclaredWithItsRetention() throws Exception {
        UUID clientId = UUID.randomUUID();
        publish("network.memberships", "MemberJoinedNetwork", UUID.randomUUID().toString(), clientId, "{not json");

        List<String> parked = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // Only the service may create the topic, so that its declaration is what is checked below.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("network.memberships.DLT"));
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (clientId.toString().equals(record.key())) {
                        parked.add(new String(record.value(), StandardCharsets.UTF_8));
                    }
                });
                return !parked.isEmpty();
            });
        }
        assertThat(parked).containsExactly("{not json");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ConfigResource deadLetters = new ConfigResource(ConfigResource.Type.TOPIC, "network.memberships.DLT");
            Config config = admin.describeConfigs(List.of(deadLetters)).all().get().get(deadLetters);
            assertThat(config.get("retention.ms").value()).isEqualTo(String.valueOf(Duration.ofDays(30).toMillis()));
        }
    }
}
