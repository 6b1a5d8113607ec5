package org.patchwork.network.professional;

import java.util.Map;
import java.util.Optional;

import org.patchwork.network.professional.DirectoryEvent.ProfessionalLeft;
import org.patchwork.network.professional.DirectoryEvent.ProfessionalRegistered;
import org.patchwork.network.professional.DirectoryEvent.ProfessionalUpdated;
import org.patchwork.platform.events.CloudEventHeaders;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that decides what becomes of each directory event type this service consumes: it reads the event
 * into the record of its type, keeps the contact copy by it, and for a leaver tells the memberships (which end).
 * Events may arrive out of order: the copy keeps the word of the newest one.
 */
@Component
class DirectoryEventRouter {

    /** The records of the event types consumed, by the CloudEvents type's simple name. */
    static final Map<String, Class<? extends DirectoryEvent>> TYPES = Map.of(
            "ProfessionalRegistered", ProfessionalRegistered.class,
            "ProfessionalUpdated", ProfessionalUpdated.class,
            "ProfessionalLeft", ProfessionalLeft.class);

    private final ProfessionalContactRepository contacts;
    private final ApplicationEventPublisher events;
    private final JsonMapper jsonMapper;

    DirectoryEventRouter(ProfessionalContactRepository contacts, ApplicationEventPublisher events,
                         JsonMapper jsonMapper) {
        this.contacts = contacts;
        this.events = events;
        // Fields the record does not name are ignored.
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /** The record of a type; empty for a type this service does not read (the directory adds types compatibly). */
    static Optional<Class<? extends DirectoryEvent>> recordOf(IncomingEvent event) {
        String type = event.type().startsWith(CloudEventHeaders.TYPE_PREFIX)
                ? event.type().substring(CloudEventHeaders.TYPE_PREFIX.length()) : event.type();
        return Optional.ofNullable(TYPES.get(type));
    }

    void route(IncomingEvent event, Class<? extends DirectoryEvent> type) {
        switch (event.data(type, jsonMapper)) {
            case ProfessionalRegistered registered ->
                    contacts.save(registered.professional().contact(), registered.occurredAt());
            case ProfessionalUpdated updated -> contacts.save(updated.professional().contact(), updated.occurredAt());
            case ProfessionalLeft left -> {
                ProfessionalContact leaver = left.professional().contact().leftTheirAgency();
                contacts.save(leaver, left.occurredAt());
                events.publishEvent(new ProfessionalLeftAgency(leaver));
            }
        }
    }
}
