package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The invitee declined. */
@Externalized("network.memberships::#{subject()}")
public record InvitationDeclined(UUID eventId,
                                 Instant occurredAt,
                                 UUID clientId,
                                 String clientInitials,
                                 UUID actorProfessionalId,
                                 UUID invitationId,
                                 ProfessionalRef invitee,
                                 ProfessionalRef invitedBy,
                                 List<UUID> memberIds,
                                 UUID leadProfessionalId)
        implements MembershipEvent {
}
