package org.patchwork.platform.limits;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** A service that counts {@link RateLimits} also prunes their ended windows. */
@AutoConfiguration
@ConditionalOnBean(RateLimits.class)
public class RateLimitsAutoConfiguration {

    @Bean
    RateLimitPruning rateLimitPruning(RateLimits limits, ObjectProvider<Clock> clock) {
        return new RateLimitPruning(limits, clock.getIfAvailable(Clock::systemUTC));
    }
}
