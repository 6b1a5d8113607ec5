package org.patchwork.directory.events;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.platform.events.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** A professional appeared in the directory (first sign-in, or added by their agency's administrator). */
@Externalized("directory.professionals::#{subject()}")
public record ProfessionalRegistered(UUID eventId, Instant occurredAt, ProfessionalContact professional)
        implements IntegrationEvent {

    public static ProfessionalRegistered of(ProfessionalContact professional, Instant at) {
        return new ProfessionalRegistered(UUID.randomUUID(), at, professional);
    }

    @Override
    public String subject() {
        return professional.id().toString();
    }
}
