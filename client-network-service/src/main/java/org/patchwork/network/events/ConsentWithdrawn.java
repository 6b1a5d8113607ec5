package org.patchwork.network.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * The client's withdrawal of consent was recorded (by the lead, or an IG officer of an involved agency: the
 * actor). Every membership on the basis of consent ended ({@code ended}); those on a statutory basis continue,
 * flagged for their agency's IG review ({@code continuingWithoutConsent}). The reason given stays in this service.
 */
@Externalized("network.memberships::#{subject()}")
public record ConsentWithdrawn(UUID eventId,
                               Instant occurredAt,
                               UUID clientId,
                               String clientInitials,
                               UUID actorProfessionalId,
                               ProfessionalRef recordedBy,
                               List<ProfessionalRef> ended,
                               List<ProfessionalRef> continuingWithoutConsent,
                               List<UUID> memberIds,
                               UUID leadProfessionalId)
        implements MembershipEvent {
}
