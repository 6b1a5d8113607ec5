package org.patchwork.network.professional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the local copy of professionals' contact details in step with the directory, and ends the memberships
 * of a professional who left their agency.
 */
@Component
class DirectoryEventsListener {

    static final String CONSUMER = "client-network.professional-contacts";

    private final IdempotentConsumer idempotentConsumer;
    private final ProfessionalContactRepository contacts;
    private final ApplicationEventPublisher events;
    private final JsonMapper jsonMapper;

    DirectoryEventsListener(IdempotentConsumer idempotentConsumer, ProfessionalContactRepository contacts,
                            ApplicationEventPublisher events, JsonMapper jsonMapper) {
        this.idempotentConsumer = idempotentConsumer;
        this.contacts = contacts;
        this.events = events;
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @KafkaListener(topics = "directory.professionals")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.is("ProfessionalRegistered") || event.is("ProfessionalUpdated")) {
            idempotentConsumer.consumeOnce(CONSUMER, event, received -> {
                DirectoryEvent directoryEvent = received.data(DirectoryEvent.class, jsonMapper);
                contacts.save(directoryEvent.professional().contact(), directoryEvent.occurredAt());
            });
        } else if (event.is("ProfessionalLeft")) {
            idempotentConsumer.consumeOnce(CONSUMER, event, received -> {
                DirectoryEvent directoryEvent = received.data(DirectoryEvent.class, jsonMapper);
                ProfessionalContact leaver = directoryEvent.professional().contact().leftTheirAgency();
                contacts.save(leaver, directoryEvent.occurredAt());
                events.publishEvent(new ProfessionalLeftAgency(leaver));
            });
        }
    }
}
