package org.patchwork.platform.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declares the topics a service produces, as {@link NewTopic} beans that Spring's {@code KafkaAdmin} creates at start
 * when they are missing (brokers create no topic on their own: {@code auto.create.topics.enable=false}). Records are
 * keyed by their subject (the client, professional or agency), so one subject's
 * events keep their order on one partition.
 */
public class Topics {

    private final TopicsProperties properties;

    public Topics(TopicsProperties properties) {
        this.properties = properties;
    }

    /** A topic other services copy from: kept for ever, so that a new consumer rebuilds its copy from the start. */
    public NewTopic keptForever(String name) {
        return builder(name).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }

    /** A topic of notices nobody keeps a copy of: kept for {@code patchwork.kafka.topics.short-retention}. */
    public NewTopic keptBriefly(String name) {
        return builder(name).config(TopicConfig.RETENTION_MS_CONFIG,
                String.valueOf(properties.shortRetention().toMillis())).build();
    }

    /**
     * Where a consumer parks a record it could not handle ({@code <topic>.DLT}): kept as long as short-lived
     * notices, so an operator can inspect and replay it.
     */
    public NewTopic deadLetters(String consumedTopic) {
        return keptBriefly(consumedTopic + ".DLT");
    }

    private TopicBuilder builder(String name) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor());
    }
}
