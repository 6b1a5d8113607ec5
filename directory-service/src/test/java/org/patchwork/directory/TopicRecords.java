package org.patchwork.directory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.patchwork.platform.test.contracts.EventContracts;

import static org.awaitility.Awaitility.await;

/**
 * Reads what the service published on a topic, as a consumer in another service would, and checks each record
 * against the directory's event contracts.
 */
public final class TopicRecords {

    private TopicRecords() {
    }

    /**
     * The records with this key, once at least {@code expected} have arrived, plus any that follow within a
     * second: so a test can tell "published once" from "published twice".
     */
    public static List<ConsumerRecord<String, byte[]>> withKey(String bootstrapServers, String topic, String key,
                                                               int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                collect(consumer, key, records, Duration.ofMillis(200));
                return records.size() >= expected;
            });
            collect(consumer, key, records, Duration.ofSeconds(1));
        }
        EventContracts.of("directory-service").assertConformIfOwned(records);
        return records;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    public static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> header(record, "ce_type")).toList();
    }

    public static String json(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static void collect(KafkaConsumer<String, byte[]> consumer, String key,
                                List<ConsumerRecord<String, byte[]>> records, Duration wait) {
        consumer.poll(wait).forEach(record -> {
            if (key.equals(record.key())) {
                records.add(record);
            }
        });
    }
}
