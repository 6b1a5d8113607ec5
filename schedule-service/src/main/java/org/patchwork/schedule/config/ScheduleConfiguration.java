package org.patchwork.schedule.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfiguration {

    /** Every rule about "now" (no visits in the past, not seen for N days) reads this clock, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
