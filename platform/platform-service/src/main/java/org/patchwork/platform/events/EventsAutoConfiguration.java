package org.patchwork.platform.events;

import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.apache.kafka.common.TopicPartition;
import org.patchwork.platform.scheduling.SchedulerLockAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Events leave a service through Spring Modulith's publication registry (the transactional outbox): the
 * publication is stored with the business change and handed to Kafka after commit, with CloudEvents headers.
 * Publications that Kafka did not take are resubmitted until it does, by one instance at a time. Hand-over is asynchronous, so two events of
 * one transaction, or a resubmitted one, may reach Kafka out of order: events carry the state as of their time,
 * and consumers keep the newest. Consumers retry a failing record with
 * back-off, then park it on {@code <topic>.DLT} (declared on first use: {@link DeadLetterTopics}) so one poison record
 * does not stop the partition.
 */
@AutoConfiguration(after = SchedulerLockAutoConfiguration.class)
@EnableScheduling
@EnableConfigurationProperties({EventsProperties.class, TopicsProperties.class})
public class EventsAutoConfiguration {

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(
            @Value("${spring.application.name}") String source,
            @Value("${patchwork.service-version:}") String sourceVersion) {
        return EventExternalizationConfiguration.externalizing()
                .select(EventExternalizationConfiguration.annotatedAsExternalized())
                .headers(IntegrationEvent.class, event -> CloudEventHeaders.of(event, source, sourceVersion))
                .build();
    }

    @Bean
    Topics topics(TopicsProperties properties) {
        return new Topics(properties);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(JdbcClient jdbc, TransactionTemplate transactions) {
        return new IdempotentConsumer(jdbc, transactions);
    }

    /** Resubmits on one instance per interval ({@link IncompletePublicationResubmission}). */
    @Bean
    SchedulingConfigurer incompletePublicationResubmission(IncompleteEventPublications publications,
                                                           LockingTaskExecutor locks, EventsProperties properties) {
        return registrar -> registrar.addFixedDelayTask(
                new IncompletePublicationResubmission(publications, locks, properties), properties.resubmitEvery());
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> kafka, KafkaAdmin admin, Topics topics) {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxElapsedTime(10_000);
        DeadLetterTopics deadLetterTopics = new DeadLetterTopics(admin, topics);
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(deadLetterTopics.of(record.topic()), -1));
        return new DefaultErrorHandler(deadLetters, backOff);
    }
}
