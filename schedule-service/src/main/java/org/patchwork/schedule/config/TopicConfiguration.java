package org.patchwork.schedule.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.patchwork.platform.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topic this service publishes to (see {@code events/}), keyed by the client's id. */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic visitsTopic(Topics topics) {
        return topics.keptForever("schedule.visits");
    }
}
