package org.patchwork.notification.alert;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.notification.delivery.Dispatcher;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the events that trigger alerts. Each event is handled once: its notifications are recorded in the
 * same transaction that marks it processed, so a redelivery, a crash mid-batch or a Kafka restart can neither
 * lose nor double them. Sending happens afterwards, from the outbox.
 */
@Component
class AlertEventsListener {

    static final String CONSUMER = "notification.alerts";
    static final String LISTENER_ID = "alerts";

    private final IdempotentConsumer idempotentConsumer;
    private final AlertRecorder recorder;
    private final Dispatcher dispatcher;

    AlertEventsListener(IdempotentConsumer idempotentConsumer, AlertRecorder recorder, Dispatcher dispatcher) {
        this.idempotentConsumer = idempotentConsumer;
        this.recorder = recorder;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false,
            topics = {"network.memberships", "network.attentions", "network.clients", "network.lookups",
                    "schedule.visits"})
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        int[] recorded = {0};
        idempotentConsumer.consumeOnce(CONSUMER, event, received -> recorded[0] = recorder.record(record.topic(), received));
        if (recorded[0] > 0) {
            dispatcher.wakeUp();
        }
    }
}
