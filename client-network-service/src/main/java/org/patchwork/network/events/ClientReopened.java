package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The lead reopened a closed client: the network can change again. */
@Externalized("network.clients::#{subject()}")
public record ClientReopened(UUID eventId,
                               Instant occurredAt,
                             UUID clientId,
                             String clientInitials,
                             UUID actorProfessionalId,
                             ProfessionalRef professional,
                             List<UUID> memberIds,
                             UUID leadProfessionalId)
        implements MembershipEvent {
}
