package org.patchwork.network.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A professional's place in one client's network, current while {@code endedAt} is null. */
public record Membership(UUID id, UUID clientId, UUID professionalId, String agency, NetworkRole role,
                         LegalBasis legalBasis, String reason, LocalDate reviewDate, JoinedVia joinedVia,
                         boolean flaggedForIgReview, Instant joinedAt, Instant endedAt, EndReason endReason) {

    public boolean isLead() {
        return role == NetworkRole.LEAD;
    }

    static Membership start(UUID clientId, UUID professionalId, String agency, NetworkRole role,
                            MembershipBasis basis, JoinedVia via, Instant at) {
        return new Membership(UUID.randomUUID(), clientId, professionalId, agency, role, basis.legalBasis(),
                basis.reason().strip(), basis.reviewDate(), via, via == JoinedVia.SELF, at, null, null);
    }
}
