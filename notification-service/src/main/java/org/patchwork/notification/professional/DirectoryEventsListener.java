package org.patchwork.notification.professional;

import java.time.Clock;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps this service's copy of professionals' names, agencies, email addresses and mobiles in step with the directory. Events
 * may arrive out of order: the copy keeps the word of the newest one.
 */
@Component
class DirectoryEventsListener {

    static final String CONSUMER = "notification.professionals";

    private final IdempotentConsumer idempotentConsumer;
    private final ProfessionalRepository professionals;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    DirectoryEventsListener(IdempotentConsumer idempotentConsumer, ProfessionalRepository professionals,
                            JsonMapper jsonMapper, Clock clock) {
        this.idempotentConsumer = idempotentConsumer;
        this.professionals = professionals;
        this.clock = clock;
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @KafkaListener(topics = "directory.professionals")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!event.is("ProfessionalRegistered") && !event.is("ProfessionalUpdated") && !event.is("ProfessionalLeft")) {
            return;
        }
        idempotentConsumer.consumeOnce(CONSUMER, event, received -> {
            DirectoryEvent directoryEvent = received.data(DirectoryEvent.class, jsonMapper);
            DirectoryEvent.DirectoryProfessional professional = directoryEvent.professional();
            String status = received.is("ProfessionalLeft") ? Professional.LEFT : professional.status();
            Instant asOf = directoryEvent.occurredAt() != null ? directoryEvent.occurredAt()
                    : received.time() != null ? received.time() : clock.instant();
            professionals.save(new Professional(professional.id(), professional.keycloakSubject(),
                    professional.name(), professional.email(), professional.mobileToKeep(), status, professional.agency(),
                    Boolean.TRUE.equals(professional.igOfficer())), asOf);
        });
    }
}
