package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A member has not confirmed their involvement with the client for their agency's confirmation period: they are
 * asked whether they are still involved, and their membership lapses at {@code confirmBy} unless they confirm.
 * Published by the scheduled freshness job ({@code actorProfessionalId} is null).
 */
@Externalized("network.memberships::#{subject()}")
public record InvolvementConfirmationRequested(UUID eventId,
                                               Instant occurredAt,
                                               UUID clientId,
                                               String clientInitials,
                                               UUID actorProfessionalId,
                                               ProfessionalRef professional,
                                               Instant lastConfirmedAt,
                                               Instant confirmBy,
                                               List<UUID> memberIds,
                                               UUID leadProfessionalId)
        implements MembershipEvent {
}
