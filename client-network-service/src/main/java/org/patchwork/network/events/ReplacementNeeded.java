package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A member's membership ended because they left their agency: the network is asked to name a replacement, and told whether it was the lead. */
@Externalized("network.memberships::#{subject()}")
public record ReplacementNeeded(UUID eventId,
                                Instant occurredAt,
                                UUID clientId,
                                String clientInitials,
                                UUID actorProfessionalId,
                                ProfessionalRef professional,
                                boolean leadLeft,
                                List<UUID> memberIds,
                                UUID leadProfessionalId)
        implements MembershipEvent {
}
