package org.patchwork.platform.events;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The dead-letter topic of each topic a service consumes, declared (through {@link KafkaAdmin}, with
 * {@link Topics#deadLetters}'s settings) the first time a record must be parked there: brokers create no topic on their
 * own, and a listener's topics are only known once it runs. On a cluster the topics are declared beforehand
 * (deploy/kubernetes) and this finds them present.
 */
final class DeadLetterTopics {

    private final KafkaAdmin admin;
    private final Topics topics;
    private final Set<String> declared = ConcurrentHashMap.newKeySet();

    DeadLetterTopics(KafkaAdmin admin, Topics topics) {
        this.admin = admin;
        this.topics = topics;
    }

    /** The dead-letter topic of {@code consumedTopic}, created if missing. */
    String of(String consumedTopic) {
        NewTopic deadLetters = topics.deadLetters(consumedTopic);
        if (!declared.contains(deadLetters.name())) {
            admin.createOrModifyTopics(deadLetters);
            declared.add(deadLetters.name());
        }
        return deadLetters.name();
    }
}
