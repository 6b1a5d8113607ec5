package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A member left the network: of their own accord (LEFT_NETWORK) or because they left their agency (LEFT_AGENCY). */
@Externalized("network.memberships::#{subject()}")
public record MemberLeftNetwork(UUID eventId,
                                Instant occurredAt,
                                UUID clientId,
                                String clientInitials,
                                UUID actorProfessionalId,
                                ProfessionalRef professional,
                                String reason,
                                List<UUID> memberIds,
                                UUID leadProfessionalId)
        implements MembershipEvent {
}
