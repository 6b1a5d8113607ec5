package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A member corrected the client's identifying details (what changed is not carried: fetch nothing, show initials). */
@Externalized("network.clients::#{subject()}")
public record ClientUpdated(UUID eventId,
                            Instant occurredAt,
                            UUID clientId,
                            String clientInitials,
                            UUID actorProfessionalId,
                            ProfessionalRef professional,
                            List<UUID> memberIds,
                            UUID leadProfessionalId)
        implements MembershipEvent {
}
