package org.patchwork.directory.config;

import java.time.Clock;
import java.time.Duration;

import org.patchwork.platform.limits.RateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/** The search limits, counted in this service's database (table {@code rate_limit_window}), and their pruning. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimits rateLimits(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new RateLimits(jdbc, transactions, clock);
    }

    @Bean
    EndedWindows endedWindows(RateLimits limits, Clock clock) {
        return new EndedWindows(limits, clock);
    }

    /** Forgets the counters of windows that ended over a day ago. */
    record EndedWindows(RateLimits limits, Clock clock) {

        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
        void forget() {
            limits.forgetWindowsEndedBefore(clock.instant().minus(Duration.ofDays(1)));
        }
    }
}
