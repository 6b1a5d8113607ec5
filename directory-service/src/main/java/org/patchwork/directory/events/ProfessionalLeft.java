package org.patchwork.directory.events;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.platform.events.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A professional left their agency (marked so by its administrator, or their account was disabled at the
 * identity provider). Carries their contact summary with status {@code LEFT}.
 */
@Externalized("directory.professionals::#{subject()}")
public record ProfessionalLeft(UUID eventId, Instant occurredAt, ProfessionalContact professional)
        implements IntegrationEvent {

    public static ProfessionalLeft of(ProfessionalContact professional, Instant at) {
        return new ProfessionalLeft(UUID.randomUUID(), at, professional);
    }

    @Override
    public String subject() {
        return professional.id().toString();
    }
}
