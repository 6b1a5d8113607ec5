package org.patchwork.identity.kafka;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Where account events go, from the provider's Keycloak options.
 *
 * @param bootstrapServers Kafka brokers, {@code host:port[,host:port...]}
 * @param topic            the topic account events are published on
 */
record KafkaSettings(String bootstrapServers, String topic) {

    static final String DEFAULT_BOOTSTRAP_SERVERS = "127.0.0.1:9092";
    static final String DEFAULT_TOPIC = "identity.accounts";

    /**
     * A producer that never holds a Keycloak thread (sends happen on the publisher's own thread), rides out a
     * broker restart, and does not lose or duplicate what Kafka accepted: every in-sync replica acknowledges,
     * retries are idempotent.
     */
    Map<String, Object> producerConfig() {
        return Map.ofEntries(
                Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                Map.entry(ProducerConfig.CLIENT_ID_CONFIG, "keycloak-patchwork-kafka"),
                Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                Map.entry(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE),
                // How long the sender thread waits for Kafka's metadata (e.g. while reconnecting after a broker
                // restart) before an event is given up and logged; meanwhile later events wait in the queue.
                Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000),
                Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000),
                Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000),
                Map.entry(ProducerConfig.RECONNECT_BACKOFF_MS_CONFIG, 500),
                Map.entry(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 10_000),
                // Kafka's compression libraries are not bundled (see pom.xml); account events are tiny anyway.
                Map.entry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none"),
                Map.entry(ProducerConfig.ENABLE_METRICS_PUSH_CONFIG, false));
    }
}
