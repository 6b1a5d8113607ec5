package org.patchwork.platform.security.standing;

import java.time.Clock;

import org.patchwork.platform.events.EventsAutoConfiguration;
import org.patchwork.platform.events.IdempotentConsumer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service refuses leavers and the staff of suspended agencies ({@link StandingFilter}), from its own copy of
 * the directory's events ({@link DirectoryStanding}). The directory, which holds the original, provides its own
 * {@link AccessStanding} instead, and then none of this is set up.
 */
@AutoConfiguration(after = EventsAutoConfiguration.class)
@ConditionalOnMissingBean(AccessStanding.class)
@EnableConfigurationProperties(StandingProperties.class)
public class StandingAutoConfiguration {

    @Bean
    DirectoryStandingRepository directoryStandingRepository(JdbcClient jdbc) {
        return new DirectoryStandingRepository(jdbc);
    }

    @Bean
    DirectoryStanding directoryStanding(DirectoryStandingRepository repository) {
        DirectoryStanding standing = new DirectoryStanding(repository);
        standing.refresh();
        return standing;
    }

    @Bean
    DirectoryStandingListener directoryStandingListener(IdempotentConsumer idempotentConsumer,
                                                        DirectoryStandingRepository repository,
                                                        DirectoryStanding standing, JsonMapper jsonMapper) {
        return new DirectoryStandingListener(idempotentConsumer, repository, standing, jsonMapper, Clock.systemUTC());
    }

    /** Loads the copy as the service starts, then every few seconds. */
    @Bean
    SchedulingConfigurer directoryStandingRefresh(DirectoryStanding standing, StandingProperties properties) {
        return registrar -> registrar.addFixedDelayTask(standing::refresh, properties.refreshEvery());
    }
}
