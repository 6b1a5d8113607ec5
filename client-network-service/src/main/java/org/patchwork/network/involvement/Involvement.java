package org.patchwork.network.involvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.patchwork.network.membership.LegalBasis;
import org.patchwork.network.membership.NetworkRole;

/**
 * A current membership as its freshness is kept: when its member last confirmed it (or joined), whether they have
 * been asked and not answered yet, and its legal basis's review date.
 *
 * @param confirmedAt              the last confirmation; {@code null} when none since joining
 * @param confirmationRequestedAt  when the member was asked to confirm; {@code null} unless awaiting an answer
 * @param reviewRemindedFor        the review date the member was last reminded of
 * @param continuesWithoutConsentSince when the client withdrew consent while this statutory membership continued
 */
record Involvement(UUID id, UUID clientId, UUID professionalId, String agency, NetworkRole role,
                   LegalBasis legalBasis, LocalDate reviewDate, Instant joinedAt, Instant confirmedAt,
                   Instant confirmationRequestedAt, LocalDate reviewRemindedFor,
                   Instant continuesWithoutConsentSince) {

    Instant lastConfirmedAt() {
        return confirmedAt != null ? confirmedAt : joinedAt;
    }

    boolean isLead() {
        return role == NetworkRole.LEAD;
    }
}
