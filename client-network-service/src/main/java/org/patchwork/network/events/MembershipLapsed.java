package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A membership ended on its own: the member did not confirm their involvement in time ({@code NOT_CONFIRMED}) or
 * the review date of their legal basis passed without renewal ({@code REVIEW_DATE_PASSED}). Their access ended with
 * it. A {@code ReplacementNeeded} follows in the same transaction. Published by the scheduled freshness job
 * ({@code actorProfessionalId} is null).
 */
@Externalized("network.memberships::#{subject()}")
public record MembershipLapsed(UUID eventId,
                               Instant occurredAt,
                               UUID clientId,
                               String clientInitials,
                               UUID actorProfessionalId,
                               ProfessionalRef professional,
                               String reason,
                               boolean wasLead,
                               List<UUID> memberIds,
                               UUID leadProfessionalId)
        implements MembershipEvent {
}
