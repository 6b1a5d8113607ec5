package org.patchwork.notification.professional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.patchwork.notification.professional.DirectoryEvent.DirectoryProfessional;
import org.patchwork.notification.professional.DirectoryEvent.ProfessionalLeft;
import org.patchwork.notification.professional.DirectoryEvent.ProfessionalRegistered;
import org.patchwork.notification.professional.DirectoryEvent.ProfessionalUpdated;
import org.patchwork.platform.events.CloudEventHeaders;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that decides what becomes of each directory event type this service consumes: it reads the event
 * into the record of its type and keeps the copy of professionals by it. Events may arrive out of order: the copy
 * keeps the word of the newest one.
 */
@Component
class DirectoryEventRouter {

    /** The records of the event types consumed, by the CloudEvents type's simple name. */
    static final Map<String, Class<? extends DirectoryEvent>> TYPES = Map.of(
            "ProfessionalRegistered", ProfessionalRegistered.class,
            "ProfessionalUpdated", ProfessionalUpdated.class,
            "ProfessionalLeft", ProfessionalLeft.class);

    private final ProfessionalRepository professionals;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    DirectoryEventRouter(ProfessionalRepository professionals, JsonMapper jsonMapper, Clock clock) {
        this.professionals = professionals;
        this.clock = clock;
        // Fields the record does not name are ignored.
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /**
     * The record of a type; empty for a type this service does not read (the directory adds types compatibly).
     */
    static Optional<Class<? extends DirectoryEvent>> recordOf(IncomingEvent event) {
        String type = event.type().startsWith(CloudEventHeaders.TYPE_PREFIX)
                ? event.type().substring(CloudEventHeaders.TYPE_PREFIX.length()) : event.type();
        return Optional.ofNullable(TYPES.get(type));
    }

    void route(IncomingEvent event, Class<? extends DirectoryEvent> type) {
        DirectoryEvent typed = event.data(type, jsonMapper);
        String status = switch (typed) {
            case ProfessionalRegistered registered -> registered.professional().status();
            case ProfessionalUpdated updated -> updated.professional().status();
            case ProfessionalLeft left -> Professional.LEFT;
        };
        DirectoryProfessional professional = typed.professional();
        Instant asOf = typed.occurredAt() != null ? typed.occurredAt()
                : event.time() != null ? event.time() : clock.instant();
        professionals.save(new Professional(professional.id(), professional.keycloakSubject(), professional.name(),
                professional.email(), professional.mobileToKeep(), status, professional.agency(),
                Boolean.TRUE.equals(professional.igOfficer())), asOf);
    }
}
