package org.patchwork.directory.events;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.platform.events.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** A professional's name, role or contact details changed. Carries the whole contact summary as it is now. */
@Externalized("directory.professionals::#{subject()}")
public record ProfessionalUpdated(UUID eventId, Instant occurredAt, ProfessionalContact professional)
        implements IntegrationEvent {

    public static ProfessionalUpdated of(ProfessionalContact professional, Instant at) {
        return new ProfessionalUpdated(UUID.randomUUID(), at, professional);
    }

    @Override
    public String subject() {
        return professional.id().toString();
    }
}
