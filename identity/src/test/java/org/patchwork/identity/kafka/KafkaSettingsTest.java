package org.patchwork.identity.kafka;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The extension's Kafka settings from Keycloak's options: a local broker, and a cluster with TLS and SCRAM. */
class KafkaSettingsTest {

    @Test
    void aLocalBrokerNeedsOnlyItsAddress() {
        KafkaSettings settings = KafkaSettings.from(Map.of("bootstrapServers", "127.0.0.1:19092")::get);

        assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(settings.topic()).isEqualTo(KafkaSettings.DEFAULT_TOPIC);
        assertThat(settings.security()).isEmpty();
        assertThat(settings.describe()).isEqualTo("PLAINTEXT");
        assertThat(producerConfig(settings).getString("security.protocol")).isEqualTo("PLAINTEXT");
    }

    @Test
    void aClusterTakesTlsWithItsCaAndAScramLoginThatKafkaAccepts() {
        Map<String, String> options = Map.of("bootstrapServers", "patchwork-kafka-bootstrap:9093",
                "securityProtocol", "SASL_SSL", "saslMechanism", "SCRAM-SHA-512",
                "saslUsername", "patchwork-kafka-keycloak", "saslPassword", "s3cret\"with\\quotes",
                "sslTruststoreType", "PEM", "sslTruststoreCertificates", "-----BEGIN CERTIFICATE-----");

        KafkaSettings settings = KafkaSettings.from(options::get);
        ProducerConfig config = producerConfig(settings);

        assertThat(config.getString("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(config.getString("sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
        assertThat(config.getPassword("sasl.jaas.config").value()).isEqualTo(
                "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"patchwork-kafka-keycloak\" password=\"s3cret\\\"with\\\\quotes\";");
        assertThat(config.getString("ssl.truststore.type")).isEqualTo("PEM");
        assertThat(config.getPassword("ssl.truststore.certificates")).isEqualTo(new Password("-----BEGIN CERTIFICATE-----"));
        assertThat(settings.describe()).isEqualTo("SASL_SSL with SCRAM-SHA-512");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void aLoginWithoutItsPasswordIsRefusedAtStart() {
        Map<String, String> options = Map.of("saslMechanism", "SCRAM-SHA-512", "saslUsername", "keycloak");

        assertThatThrownBy(() -> KafkaSettings.from(options::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("saslPassword");
    }

    /** What a producer would be configured with: Kafka's own parsing and validation of every setting. */
    private static ProducerConfig producerConfig(KafkaSettings settings) {
        Map<String, Object> config = new HashMap<>(settings.producerConfig());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new ProducerConfig(config);
    }
}
