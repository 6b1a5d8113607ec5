package org.patchwork.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the topics a service produces are declared: the same on every topic, from the deployment (one broker
 * locally, a cluster of three in production).
 *
 * @param partitions        partitions per topic: how many consumers of a group can share its work
 * @param replicationFactor copies of each partition (1 on one broker, 3 on a cluster)
 * @param shortRetention    how long events that nobody keeps a copy of stay (alerts, look-up volumes)
 */
@ConfigurationProperties("patchwork.kafka.topics")
public record TopicsProperties(@DefaultValue("3") int partitions,
                               @DefaultValue("1") short replicationFactor,
                               @DefaultValue("30d") Duration shortRetention) {
}
