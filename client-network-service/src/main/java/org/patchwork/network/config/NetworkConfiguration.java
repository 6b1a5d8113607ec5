package org.patchwork.network.config;

import java.time.Clock;

import org.patchwork.platform.limits.RateLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NetworkProperties.class, InvolvementProperties.class, RetentionProperties.class})
class NetworkConfiguration {

    /** The look-up and attention limits, counted in this service's database (table {@code rate_limit_window}). */
    @Bean
    RateLimits rateLimits(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new RateLimits(jdbc, transactions, clock);
    }
}
