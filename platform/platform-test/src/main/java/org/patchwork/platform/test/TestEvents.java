package org.patchwork.platform.test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.patchwork.platform.test.contracts.EventContracts;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes another service's event onto the test JVM's Kafka broker exactly as that service would: a CloudEvent
 * in binary mode, so that a test drives the service under test through its real consumers.
 */
public final class TestEvents {

    private static KafkaProducer<String, byte[]> producer;

    private TestEvents() {
    }

    /**
     * @param type the event's name, e.g. {@code ProfessionalRegistered} (the CloudEvents type gets the Patchwork prefix)
     * @param key  the subject and Kafka key, e.g. the client's id
     */
    public static void publish(String topic, String type, String eventId, String key, String source, byte[] json) {
        publish(topic, type, eventId, key, source, null, json);
    }

    /** @param dataSchema the CloudEvents {@code dataschema}: the contract the event satisfies, or {@code null} */
    public static void publish(String topic, String type, String eventId, String key, String source,
                               String dataSchema, byte[] json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json);
        record.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(eventId))
                .add("ce_type", bytes("org.patchwork." + type))
                .add("ce_source", bytes(source))
                .add("ce_subject", bytes(key))
                .add("content-type", bytes("application/json"));
        if (dataSchema != null) {
            record.headers().add("ce_dataschema", bytes(dataSchema));
        }
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Kafka did not take the test event " + type, e.getCause());
        }
    }

    public static void publish(String topic, String type, String eventId, String key, String source, String json) {
        publish(topic, type, eventId, key, source, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An agency event as the directory publishes it on {@code directory.agencies} ({@code AgencySuspended},
     * {@code AgencyOnboarded} when an agency joins or is reinstated, {@code AgencyUpdated}): the directory's example
     * of that type, for this agency and status.
     *
     * @param status {@code ONBOARDED} or {@code SUSPENDED}
     */
    public static void publishAgencyEvent(String type, String agencyCode, String status) {
        EventContracts directory = EventContracts.of("directory-service");
        ObjectNode event = directory.example("directory.agencies", type);
        ((ObjectNode) event.get("agency")).put("code", agencyCode).put("status", status);
        directory.publish("directory.agencies", type, agencyCode, event);
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
