package org.patchwork.identity.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.security.plain.PlainLoginModule;
import org.apache.kafka.common.security.scram.ScramLoginModule;

/**
 * Where account events go, and how the extension authenticates to Kafka, from the provider's Keycloak options.
 * A local broker needs only the address; a cluster such as Strimzi's takes TLS ({@code securityProtocol=SASL_SSL},
 * the cluster's CA as PEM in {@code sslTruststoreCertificates}) and a SCRAM login ({@code saslMechanism},
 * {@code saslUsername}, {@code saslPassword}, the latter from a secret).
 *
 * @param bootstrapServers Kafka brokers, {@code host:port[,host:port...]}
 * @param topic            the topic account events are published on
 * @param security         the client's security settings (Kafka's own property names), empty for plain text
 */
record KafkaSettings(String bootstrapServers, String topic, Map<String, Object> security) {

    static final String DEFAULT_BOOTSTRAP_SERVERS = "127.0.0.1:9092";
    static final String DEFAULT_TOPIC = "identity.accounts";

    KafkaSettings {
        security = Map.copyOf(security);
    }

    /** The settings from Keycloak's options for this provider ({@code option} answers null for one not set). */
    static KafkaSettings from(UnaryOperator<String> option) {
        Map<String, Object> security = new LinkedHashMap<>();
        putIfSet(security, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, option.apply("securityProtocol"));
        String mechanism = option.apply("saslMechanism");
        String username = option.apply("saslUsername");
        String password = option.apply("saslPassword");
        if (mechanism != null || username != null || password != null) {
            if (mechanism == null || username == null || password == null) {
                throw new IllegalArgumentException("Kafka's SASL login needs saslMechanism, saslUsername and "
                        + "saslPassword together");
            }
            security.put(SaslConfigs.SASL_MECHANISM, mechanism);
            security.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig(mechanism, username, password));
        }
        putIfSet(security, SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, option.apply("sslTruststoreType"));
        putIfSet(security, SslConfigs.SSL_TRUSTSTORE_CERTIFICATES_CONFIG, option.apply("sslTruststoreCertificates"));
        putIfSet(security, SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, option.apply("sslTruststoreLocation"));
        putIfSet(security, SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, option.apply("sslTruststorePassword"));
        String bootstrapServers = option.apply("bootstrapServers");
        String topic = option.apply("topic");
        return new KafkaSettings(bootstrapServers == null ? DEFAULT_BOOTSTRAP_SERVERS : bootstrapServers,
                topic == null ? DEFAULT_TOPIC : topic, security);
    }

    /**
     * A producer that never holds a Keycloak thread (sends happen on the publisher's own thread), rides out a
     * broker restart, and does not lose or duplicate what Kafka accepted: every in-sync replica acknowledges,
     * retries are idempotent.
     */
    Map<String, Object> producerConfig() {
        Map<String, Object> config = new LinkedHashMap<>(Map.ofEntries(
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
                Map.entry(ProducerConfig.ENABLE_METRICS_PUSH_CONFIG, false)));
        config.putAll(security);
        return config;
    }

    /** How the extension talks to Kafka, for the log: never the password. */
    String describe() {
        return security.getOrDefault(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT")
                + (security.containsKey(SaslConfigs.SASL_MECHANISM) ? " with " + security.get(SaslConfigs.SASL_MECHANISM)
                        : "");
    }

    @Override
    public String toString() {
        return "KafkaSettings[bootstrapServers=" + bootstrapServers + ", topic=" + topic + ", " + describe() + "]";
    }

    private static String jaasConfig(String mechanism, String username, String password) {
        // The login module by class: the extension's Kafka classes are relocated, and so is this reference.
        String module = mechanism.startsWith("SCRAM-") ? ScramLoginModule.class.getName()
                : PlainLoginModule.class.getName();
        return module + " required username=\"" + quoted(username) + "\" password=\"" + quoted(password) + "\";";
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void putIfSet(Map<String, Object> target, String key, String value) {
        if (value != null && !value.isBlank()) {
            target.put(key, value);
        }
    }
}
