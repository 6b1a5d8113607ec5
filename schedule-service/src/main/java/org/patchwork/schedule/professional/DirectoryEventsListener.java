package org.patchwork.schedule.professional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the local copy of professionals in step with the directory. */
@Component
class DirectoryEventsListener {

    static final String CONSUMER = "schedule.professionals";

    private final IdempotentConsumer idempotentConsumer;
    private final ProfessionalRepository professionals;
    private final JsonMapper jsonMapper;

    DirectoryEventsListener(IdempotentConsumer idempotentConsumer, ProfessionalRepository professionals,
                            JsonMapper jsonMapper) {
        this.idempotentConsumer = idempotentConsumer;
        this.professionals = professionals;
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @KafkaListener(topics = "directory.professionals")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.is("ProfessionalRegistered") || event.is("ProfessionalUpdated")) {
            idempotentConsumer.consumeOnce(CONSUMER, event,
                    received -> professionals.save(received.data(DirectoryEvent.class, jsonMapper).professional()));
        } else if (event.is("ProfessionalLeft")) {
            idempotentConsumer.consumeOnce(CONSUMER, event, received -> {
                Professional leaver = received.data(DirectoryEvent.class, jsonMapper).professional();
                professionals.save(new Professional(leaver.id(), leaver.keycloakSubject(), leaver.agency(),
                        leaver.name(), leaver.jobTitle(), Professional.LEFT));
            });
        }
    }
}
