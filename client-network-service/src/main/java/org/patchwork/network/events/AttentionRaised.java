package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A member raised an attention to the whole network. Its text stays in this service (members read it on the
 * client page): free text about a client never travels in an event.
 */
@Externalized("network.attentions::#{subject()}")
public record AttentionRaised(UUID eventId,
                              Instant occurredAt,
                              UUID clientId,
                              String clientInitials,
                              UUID actorProfessionalId,
                              UUID attentionId,
                              ProfessionalRef professional,
                              String priority,
                              List<UUID> memberIds,
                              UUID leadProfessionalId)
        implements MembershipEvent {
}
