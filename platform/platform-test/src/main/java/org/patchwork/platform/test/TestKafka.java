package org.patchwork.platform.test;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft) per test JVM, shared by every test class in it. It creates topics on first use, as a
 * service's own tests publish to topics other services declare; a run of the whole platform sets the system property
 * {@code patchwork.test.kafka.auto-create-topics=false}, as production brokers are, so that every topic must be
 * declared by the service that owns it.
 */
public final class TestKafka {

    private static EmbeddedKafkaKraftBroker broker;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.brokerProperties(java.util.Map.of("auto.create.topics.enable",
                    System.getProperty("patchwork.test.kafka.auto-create-topics", "true")));
            // Not destroyed in a shutdown hook: the services' Kafka clients close during JVM shutdown and would
            // wait for a broker already gone. The broker's threads end with the JVM.
            broker.afterPropertiesSet();
        }
        return broker.getBrokersAsString();
    }
}
