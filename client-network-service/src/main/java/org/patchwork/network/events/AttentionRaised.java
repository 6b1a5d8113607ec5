package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A member raised an attention to the whole network. */
@Externalized("network.attentions::#{subject()}")
public record AttentionRaised(UUID eventId,
                              Instant occurredAt,
                              UUID clientId,
                              String clientInitials,
                              UUID actorProfessionalId,
                              UUID attentionId,
                              ProfessionalRef professional,
                              String priority,
                              String message,
                              List<UUID> memberIds,
                              UUID leadProfessionalId)
        implements MembershipEvent {
}
