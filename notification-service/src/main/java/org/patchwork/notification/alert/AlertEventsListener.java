package org.patchwork.notification.alert;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.notification.delivery.Dispatcher;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the events that trigger alerts and hands each to the {@link AlertEventRouter}. Each event is handled
 * once: its notifications are recorded in the same transaction that marks it processed, so a redelivery, a crash
 * mid-batch or a Kafka restart can neither lose nor double them. Sending happens afterwards, from the outbox.
 */
@Component
class AlertEventsListener {

    static final String CONSUMER = "notification.alerts";
    static final String LISTENER_ID = "alerts";
    static final String LOOKUPS_LISTENER_ID = "lookup-alerts";

    private final IdempotentConsumer idempotentConsumer;
    private final AlertEventRouter router;
    private final Dispatcher dispatcher;

    AlertEventsListener(IdempotentConsumer idempotentConsumer, AlertEventRouter router, Dispatcher dispatcher) {
        this.idempotentConsumer = idempotentConsumer;
        this.router = router;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false,
            topics = {"network.memberships", "network.attentions", "network.clients", "schedule.visits"})
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        int[] recorded = {0};
        idempotentConsumer.consumeOnce(CONSUMER, event, received -> recorded[0] = router.route(record.topic(), received));
        if (recorded[0] > 0) {
            dispatcher.wakeUp();
        }
    }

    /**
     * Unusual look-up volume, for IG officers. A consumer group of its own: {@code network.lookups} exists only once
     * the client network service has published on it, and until then it must hold up none of the other alerts.
     */
    @KafkaListener(id = LOOKUPS_LISTENER_ID, groupId = "${spring.application.name}.lookups", concurrency = "1",
            topics = "network.lookups")
    void onLookups(ConsumerRecord<String, byte[]> record) {
        on(record);
    }
}
