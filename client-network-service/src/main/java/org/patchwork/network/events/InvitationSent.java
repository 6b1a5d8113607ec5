package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A member invited a professional from the directory; the invitee answers before {@code expiresAt}. */
@Externalized("network.memberships::#{subject()}")
public record InvitationSent(UUID eventId,
                             Instant occurredAt,
                             UUID clientId,
                             String clientInitials,
                             UUID actorProfessionalId,
                             UUID invitationId,
                             ProfessionalRef invitee,
                             ProfessionalRef invitedBy,
                             Instant expiresAt,
                             List<UUID> memberIds,
                             UUID leadProfessionalId)
        implements MembershipEvent {
}
