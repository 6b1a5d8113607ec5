package org.patchwork.network.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A professional joined the network, on their own (flagged for their agency's IG review) or by accepting an invitation. */
@Externalized("network.memberships::#{subject()}")
public record MemberJoinedNetwork(UUID eventId,
                                  Instant occurredAt,
                                  UUID clientId,
                                  String clientInitials,
                                  UUID actorProfessionalId,
                                  ProfessionalRef professional,
                                  String role,
                                  String legalBasis,
                                  LocalDate reviewDate,
                                  String joinedVia,
                                  boolean flaggedForIgReview,
                                  List<UUID> memberIds,
                                  UUID leadProfessionalId)
        implements MembershipEvent {
}
