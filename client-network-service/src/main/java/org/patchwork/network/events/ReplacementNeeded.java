package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A member's membership ended without them choosing to leave: the network is asked to name a replacement, and told
 * whether it was the lead. {@code reason} says why: {@code LEFT_AGENCY}, {@code REMOVED} (the lead was removed),
 * {@code NOT_CONFIRMED} or {@code REVIEW_DATE_PASSED} (the membership lapsed), {@code CONSENT_WITHDRAWN}.
 */
@Externalized("network.memberships::#{subject()}")
public record ReplacementNeeded(UUID eventId,
                                Instant occurredAt,
                                UUID clientId,
                                String clientInitials,
                                UUID actorProfessionalId,
                                ProfessionalRef professional,
                                boolean leadLeft,
                                String reason,
                                List<UUID> memberIds,
                                UUID leadProfessionalId)
        implements MembershipEvent {
}
