package org.patchwork.network.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A member renewed their legal basis with a new review date ({@code previousReviewDate} null when it had none). */
@Externalized("network.memberships::#{subject()}")
public record LegalBasisRenewed(UUID eventId,
                                Instant occurredAt,
                                UUID clientId,
                                String clientInitials,
                                UUID actorProfessionalId,
                                ProfessionalRef professional,
                                String legalBasis,
                                LocalDate previousReviewDate,
                                LocalDate reviewDate,
                                List<UUID> memberIds,
                                UUID leadProfessionalId)
        implements MembershipEvent {
}
