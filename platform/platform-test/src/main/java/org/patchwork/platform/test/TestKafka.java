package org.patchwork.platform.test;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One real Kafka broker (KRaft) per test JVM, shared by every test class in it. */
public final class TestKafka {

    private static EmbeddedKafkaKraftBroker broker;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.brokerProperties(java.util.Map.of("auto.create.topics.enable", "true"));
            // Not destroyed in a shutdown hook: the services' Kafka clients close during JVM shutdown and would
            // wait for a broker already gone. The broker's threads end with the JVM.
            broker.afterPropertiesSet();
        }
        return broker.getBrokersAsString();
    }
}
