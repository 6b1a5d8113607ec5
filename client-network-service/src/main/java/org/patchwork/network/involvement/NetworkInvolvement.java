package org.patchwork.network.involvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.patchwork.network.membership.LegalBasis;
import org.patchwork.network.membership.NetworkRole;

/** For the lead: how fresh each member's involvement is, and who is overdue. */
public record NetworkInvolvement(UUID clientId, List<Member> members) {

    /**
     * @param confirmationDueAt       when the member is (or was) next asked to confirm
     * @param confirmationRequestedAt when they were asked, {@code null} unless their answer is awaited
     * @param lapsesAt                when the membership lapses unless the member acts; {@code null} when nothing is pending
     * @param overdue                 asked to confirm and not answered yet, or the basis's review is due
     * @param continuesWithoutConsentSince when the client withdrew consent and this statutory membership continued
     */
    public record Member(UUID professionalId, String name, String agency, NetworkRole role, LegalBasis legalBasis,
                         Instant lastConfirmedAt, Instant confirmationDueAt, Instant confirmationRequestedAt,
                         LocalDate reviewDate, Instant lapsesAt, boolean overdue,
                         Instant continuesWithoutConsentSince) {
    }
}
