package org.patchwork.identity.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The Kafka broker the test run's Keycloak publishes account events to: a real broker (KRaft) in this test JVM,
 * reachable on the fixed port ({@code PATCHWORK_TEST_KAFKA_PORT}, 19092) that {@code ./patchwork test} gives Keycloak as the
 * {@code patchwork-kafka} listener's bootstrap servers (Keycloak starts before any test JVM).
 */
final class AccountsTopic {

    static final int PORT = Integer.parseInt(
            System.getenv().getOrDefault("PATCHWORK_TEST_KAFKA_PORT", "19092"));
    static final String TOPIC = "identity.accounts";
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(3);

    private static EmbeddedKafkaKraftBroker broker;

    private AccountsTopic() {
    }

    /** Starts the broker and the fixed port once per test JVM; returns the broker's own address. */
    static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
            broker.afterPropertiesSet();
            // The KRaft test broker binds random ports whatever kafkaPorts(...) says (spring-kafka-test 4.0,
            // Kafka 4.1 test kit), so the fixed port relays to it. Keycloak only bootstraps through it: the
            // broker's metadata then sends its producer to the broker's own address.
            String[] hostAndPort = broker.getBrokersAsString().split(",")[0].split(":");
            PortForward.start(PORT, hostAndPort[0], Integer.parseInt(hostAndPort[1]));
        }
        return broker.getBrokersAsString();
    }

    /**
     * Every record on the topic keyed by {@code subject}, once one of type {@code org.patchwork.<type>} has
     * arrived and a few more seconds have passed, so that a duplicate would be among them.
     */
    static List<ConsumerRecord<String, byte[]>> recordsAbout(String subject, String type) {
        List<ConsumerRecord<String, byte[]>> about = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(partition -> new TopicPartition(TOPIC, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(ARRIVAL_TIMEOUT);
            boolean arrived = false;
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (subject.equals(record.key())) {
                        about.add(record);
                        if (!arrived && ("org.patchwork." + type).equals(header(record, "ce_type"))) {
                            arrived = true;
                            deadline = Instant.now().plus(DUPLICATE_WINDOW);
                        }
                    }
                }
            }
        }
        return about;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
