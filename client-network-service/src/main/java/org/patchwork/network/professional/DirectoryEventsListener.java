package org.patchwork.network.professional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the local copy of professionals' contact details in step with the directory. */
@Component
class DirectoryEventsListener {

    static final String CONSUMER = "client-network.professional-contacts";

    private final IdempotentConsumer idempotentConsumer;
    private final ProfessionalContactRepository contacts;
    private final JsonMapper jsonMapper;

    DirectoryEventsListener(IdempotentConsumer idempotentConsumer, ProfessionalContactRepository contacts,
                            JsonMapper jsonMapper) {
        this.idempotentConsumer = idempotentConsumer;
        this.contacts = contacts;
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @KafkaListener(topics = "directory.professionals")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.is("ProfessionalRegistered") || event.is("ProfessionalUpdated")) {
            idempotentConsumer.consumeOnce(CONSUMER, event,
                    received -> contacts.save(received.data(DirectoryEvent.class, jsonMapper).professional()));
        }
    }
}
