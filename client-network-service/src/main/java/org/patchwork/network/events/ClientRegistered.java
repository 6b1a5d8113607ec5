package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A practitioner registered a client nobody knew yet and became their lead professional. */
@Externalized("network.clients::#{subject()}")
public record ClientRegistered(UUID eventId,
                               Instant occurredAt,
                               UUID clientId,
                               String clientInitials,
                               UUID actorProfessionalId,
                               ProfessionalRef professional,
                               String legalBasis,
                               List<UUID> memberIds,
                               UUID leadProfessionalId)
        implements MembershipEvent {
}
