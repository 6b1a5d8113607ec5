package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The lead, or the member's agency administrator, removed a member. */
@Externalized("network.memberships::#{subject()}")
public record MemberRemovedFromNetwork(UUID eventId,
                                       Instant occurredAt,
                                       UUID clientId,
                                       String clientInitials,
                                       UUID actorProfessionalId,
                                       ProfessionalRef professional,
                                       List<UUID> memberIds,
                                       UUID leadProfessionalId)
        implements MembershipEvent {
}
