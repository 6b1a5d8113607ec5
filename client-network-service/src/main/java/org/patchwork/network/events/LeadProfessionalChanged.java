package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The lead role passed to another member ({@code previousLead} is null when the network had no lead). */
@Externalized("network.memberships::#{subject()}")
public record LeadProfessionalChanged(UUID eventId,
                                      Instant occurredAt,
                                      UUID clientId,
                                      String clientInitials,
                                      UUID actorProfessionalId,
                                      ProfessionalRef previousLead,
                                      ProfessionalRef newLead,
                                      List<UUID> memberIds,
                                      UUID leadProfessionalId)
        implements MembershipEvent {
}
