package org.patchwork.network.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.patchwork.platform.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service publishes to (see {@code events/}). Events about a client are keyed by the client's id,
 * so a client's changes reach every consumer in order; look-up volumes by the agency.
 */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic clientsTopic(Topics topics) {
        return topics.keptForever("network.clients");
    }

    @Bean
    NewTopic membershipsTopic(Topics topics) {
        return topics.keptForever("network.memberships");
    }

    @Bean
    NewTopic attentionsTopic(Topics topics) {
        return topics.keptBriefly("network.attentions");
    }

    @Bean
    NewTopic lookupsTopic(Topics topics) {
        return topics.keptBriefly("network.lookups");
    }
}
