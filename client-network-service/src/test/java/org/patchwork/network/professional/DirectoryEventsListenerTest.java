package org.patchwork.network.professional;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.patchwork.network.NetworkIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DirectoryEventsListenerTest extends NetworkIntegrationTest {

    @Test
    void aDirectoryEventDeliveredTwiceIsAppliedOnce() {
        UUID professionalId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        send(eventId, "ProfessionalRegistered", professionalId, "Demo Nurse", "01543 308000");
        send(eventId, "ProfessionalRegistered", professionalId, "Renamed By Redelivery", "01543 999999");
        send(UUID.randomUUID().toString(), "ProfessionalUpdated", professionalId, "Demo Nurse", "01543 308001");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(contacts.findById(professionalId))
                .hasValueSatisfying(contact -> assertThat(contact.workPhone()).isEqualTo("01543 308001")));
        assertThat(contacts.findById(professionalId).orElseThrow().name()).isEqualTo("Demo Nurse");
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = :id::uuid")
                .param("id", eventId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void eventsOfOtherTypesOnTheTopicAreIgnored() {
        UUID professionalId = UUID.randomUUID();
        send(UUID.randomUUID().toString(), "AgencySuspended", professionalId, "Not A Professional", "01543 308000");
        send(UUID.randomUUID().toString(), "ProfessionalRegistered", professionalId, "Sample Worker", "01543 308002");

        await().atMost(Duration.ofSeconds(20)).until(() -> contacts.findById(professionalId).isPresent());
        assertThat(contacts.findById(professionalId).orElseThrow().name()).isEqualTo("Sample Worker");
    }

    private void send(String eventId, String type, UUID professionalId, String name, String workPhone) {
        String json = """
                {"eventId":"%s","occurredAt":"%s","professional":{"id":"%s","keycloakSubject":"kc-%s",
                 "agency":"lichfield-dc","name":"%s","jobTitle":"District nurse","workPhone":"%s","mobile":null,
                 "email":"nurse@lichfield-dc.example","preferredContact":"WORK_PHONE","status":"ACTIVE",
                 "aFieldAddedInALaterVersion":true}}"""
                .formatted(eventId, Instant.now(), professionalId, professionalId, name, workPhone);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("directory.professionals",
                professionalId.toString(), json.getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(eventId))
                .add("ce_type", bytes("org.patchwork." + type))
                .add("ce_source", bytes("/directory-service"))
                .add("ce_subject", bytes(professionalId.toString()));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
