package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A member confirmed they are still involved with the client; they are asked again at {@code nextConfirmationDue}. */
@Externalized("network.memberships::#{subject()}")
public record InvolvementConfirmed(UUID eventId,
                                   Instant occurredAt,
                                   UUID clientId,
                                   String clientInitials,
                                   UUID actorProfessionalId,
                                   ProfessionalRef professional,
                                   Instant nextConfirmationDue,
                                   List<UUID> memberIds,
                                   UUID leadProfessionalId)
        implements MembershipEvent {
}
