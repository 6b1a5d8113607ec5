package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The lead closed the client: no more joins, invitations or attentions; members keep their history. */
@Externalized("network.clients::#{subject()}")
public record ClientClosed(UUID eventId,
                           Instant occurredAt,
                           UUID clientId,
                           String clientInitials,
                           UUID actorProfessionalId,
                           ProfessionalRef professional,
                           List<UUID> memberIds,
                           UUID leadProfessionalId)
        implements MembershipEvent {
}
