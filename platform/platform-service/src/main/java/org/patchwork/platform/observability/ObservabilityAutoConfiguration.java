package org.patchwork.platform.observability;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * What every service tells its operators beyond Spring Boot's own metrics, traces and health: the outbox backlog, a
 * Kafka health indicator (named {@code kafka}) that a service adds to its readiness group when it cannot work without
 * Kafka, and the trace carried onto the threads that hand events to Kafka.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
public class ObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnBean(JdbcClient.class)
    OutboxMetrics outboxMetrics(JdbcClient jdbc) {
        return new OutboxMetrics(jdbc);
    }

    /**
     * Work handed to the application's task executor (Spring Modulith hands the outbox's events to Kafka on it after
     * commit) keeps the trace and log context of the thread that handed it over, so a Kafka record carries the trace
     * of the request that caused it.
     */
    @Bean
    @ConditionalOnMissingBean(TaskDecorator.class)
    ContextPropagatingTaskDecorator contextPropagatingTaskDecorator() {
        return new ContextPropagatingTaskDecorator();
    }

    @Bean(name = "kafkaHealthIndicator", destroyMethod = "close")
    @ConditionalOnBean(KafkaAdmin.class)
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin,
                                              @Value("${patchwork.health.kafka-timeout:3s}") Duration timeout) {
        return new KafkaHealthIndicator(admin.getConfigurationProperties(), timeout);
    }
}
