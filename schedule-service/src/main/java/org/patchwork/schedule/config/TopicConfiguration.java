package org.patchwork.schedule.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.patchwork.platform.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service publishes to (see {@code events/}): visits and contacts keyed by the client's id; the
 * access log keyed by the professional. Both are kept for ever: client-network-service copies them (its caseload, its
 * audit trail) and rebuilds its copy from the start after a restore.
 */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic visitsTopic(Topics topics) {
        return topics.keptForever("schedule.visits");
    }

    @Bean
    NewTopic accessTopic(Topics topics) {
        return topics.keptForever("schedule.access");
    }
}
