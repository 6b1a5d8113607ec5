package org.patchwork.network.professional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the directory's professional events and hands each type this service reads to the
 * {@link DirectoryEventRouter}, once per event; types it does not read are passed over.
 */
@Component
class DirectoryEventsListener {

    static final String CONSUMER = "client-network.professional-contacts";

    private final IdempotentConsumer idempotentConsumer;
    private final DirectoryEventRouter router;

    DirectoryEventsListener(IdempotentConsumer idempotentConsumer, DirectoryEventRouter router) {
        this.idempotentConsumer = idempotentConsumer;
        this.router = router;
    }

    @KafkaListener(topics = "directory.professionals")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        DirectoryEventRouter.recordOf(event).ifPresent(type ->
                idempotentConsumer.consumeOnce(CONSUMER, event, received -> router.route(received, type)));
    }
}
