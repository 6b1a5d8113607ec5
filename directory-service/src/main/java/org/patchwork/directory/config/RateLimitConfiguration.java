package org.patchwork.directory.config;

import java.time.Clock;

import org.patchwork.platform.limits.RateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The search limits, counted in this service's database (table {@code rate_limit_window}). */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimits rateLimits(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new RateLimits(jdbc, transactions, clock);
    }
}
