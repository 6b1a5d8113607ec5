package org.patchwork.network.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * The review date of a member's legal basis is near: unless the member renews it with a new review date, the
 * membership lapses when the day after {@code reviewDate} begins (UTC). Published by the scheduled freshness job
 * ({@code actorProfessionalId} is null), once per review date.
 */
@Externalized("network.memberships::#{subject()}")
public record LegalBasisReviewDue(UUID eventId,
                                  Instant occurredAt,
                                  UUID clientId,
                                  String clientInitials,
                                  UUID actorProfessionalId,
                                  ProfessionalRef professional,
                                  String legalBasis,
                                  LocalDate reviewDate,
                                  List<UUID> memberIds,
                                  UUID leadProfessionalId)
        implements MembershipEvent {
}
