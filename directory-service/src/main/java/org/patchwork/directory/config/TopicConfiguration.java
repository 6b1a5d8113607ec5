package org.patchwork.directory.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.patchwork.platform.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topics this service publishes to (see {@code events/}), keyed by the professional's or agency's id. */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic professionalsTopic(Topics topics) {
        return topics.keptForever("directory.professionals");
    }

    @Bean
    NewTopic agenciesTopic(Topics topics) {
        return topics.keptForever("directory.agencies");
    }
}
