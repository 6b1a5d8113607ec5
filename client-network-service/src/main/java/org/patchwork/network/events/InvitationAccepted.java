package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The invitee accepted and is now a member (a MemberJoinedNetwork follows in the same transaction). */
@Externalized("network.memberships::#{subject()}")
public record InvitationAccepted(UUID eventId,
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
