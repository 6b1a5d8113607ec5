package org.patchwork.deploy.kubernetes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka variables the chart gives a service reach Spring Boot's Kafka settings as the service binds them: its
 * producers and consumers connect over TLS, trusting the cluster's CA where the chart mounts it, with SCRAM-SHA-512
 * and the login from the service's own KafkaUser Secret.
 */
class KafkaClientSettingsTest {

    @Test
    void everyServicesKafkaClientsAuthenticateOverTlsWithItsOwnKafkaUser() {
        List<ObjectNode> layout = HelmChart.render();
        for (String service : List.of("directory-service", "client-network-service", "schedule-service", "notification-service")) {
            JsonNode container = KubernetesLayoutTest.named(layout, "Deployment", service).at("/spec/template/spec/containers/0");
            KafkaProperties kafka = bind(environment(layout, container));

            for (Map<String, Object> client : List.of(kafka.buildProducerProperties(), kafka.buildConsumerProperties())) {
                assertThat(client).as(service)
                        .containsEntry("bootstrap.servers", List.of("patchwork-kafka-kafka-bootstrap:9093"))
                        .containsEntry("security.protocol", "SASL_SSL")
                        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                        .containsEntry("sasl.jaas.config", "<Secret patchwork-kafka-" + service + " sasl.jaas.config>")
                        .containsEntry("ssl.truststore.type", "PEM")
                        .containsEntry("ssl.truststore.location", "/etc/patchwork/kafka-ca/ca.crt");
            }
            assertThat(container.path("volumeMounts").valueStream()
                    .anyMatch(mount -> mount.path("mountPath").asString().equals("/etc/patchwork/kafka-ca"))).isTrue();
        }
    }

    @Test
    void everyServiceDeclaresItsTopicsWithThePartitionsAndReplicasOfTheKafkaTopics() {
        List<ObjectNode> layout = HelmChart.render();
        JsonNode topic = KubernetesLayoutTest.named(layout, "KafkaTopic", "network.clients").path("spec");
        for (String service : List.of("directory-service", "client-network-service", "schedule-service", "notification-service")) {
            JsonNode container = KubernetesLayoutTest.named(layout, "Deployment", service).at("/spec/template/spec/containers/0");
            Map<String, Object> environment = environment(layout, container);

            assertThat(environment).as(service)
                    .containsEntry("PATCHWORK_KAFKA_PARTITIONS", topic.path("partitions").asString())
                    .containsEntry("PATCHWORK_KAFKA_REPLICATION_FACTOR", topic.path("replicas").asString());
        }
    }

    /** The container's environment: its ConfigMap's entries, then its own variables (a Secret's shown by name). */
    private static Map<String, Object> environment(List<ObjectNode> layout, JsonNode container) {
        Map<String, Object> environment = new HashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            KubernetesLayoutTest.named(layout, "ConfigMap", source.at("/configMapRef/name").asString()).path("data")
                    .properties().forEach(entry -> environment.put(entry.getKey(), entry.getValue().asString()));
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode secret = variable.at("/valueFrom/secretKeyRef");
            environment.put(variable.path("name").asString(), secret.isMissingNode() ? variable.path("value").asString()
                    : "<Secret " + secret.path("name").asString() + " " + secret.path("key").asString() + ">");
        }
        // What the services' shared defaults (patchwork-platform-defaults.yml) make of PATCHWORK_KAFKA_BOOTSTRAP.
        environment.put("SPRING_KAFKA_BOOTSTRAPSERVERS", environment.get("PATCHWORK_KAFKA_BOOTSTRAP"));
        return environment;
    }

    private static KafkaProperties bind(Map<String, Object> environment) {
        SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
        return new Binder(ConfigurationPropertySources.from(source)).bind("spring.kafka", KafkaProperties.class)
                .orElseThrow(() -> new AssertionError("no spring.kafka settings in " + environment));
    }
}
