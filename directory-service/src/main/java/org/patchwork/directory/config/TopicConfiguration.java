package org.patchwork.directory.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.patchwork.platform.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service publishes to (see {@code events/}), keyed by the professional's or agency's id, and
 * {@code identity.accounts}, which Keycloak's account-events extension publishes to and this service alone reads: the
 * extension has no admin connection to declare it, so its one consumer does.
 */
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

    @Bean
    NewTopic identityAccountsTopic(Topics topics) {
        return topics.keptBriefly("identity.accounts");
    }
}
