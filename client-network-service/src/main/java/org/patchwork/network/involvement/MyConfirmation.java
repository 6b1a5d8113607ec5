package org.patchwork.network.involvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.patchwork.network.membership.LegalBasis;
import org.patchwork.network.membership.NetworkRole;

/**
 * One of my memberships that awaits my answer: whether I am still involved ({@code confirmationAwaited}), and/or
 * the renewal of my legal basis before its review date ({@code reviewDue}); it lapses at {@code lapsesAt} unless I
 * act. I am a member, so the client is named.
 */
public record MyConfirmation(UUID membershipId, UUID clientId, String givenName, String familyName,
                             LocalDate dateOfBirth, NetworkRole role, LegalBasis legalBasis, Instant lastConfirmedAt,
                             Instant confirmationRequestedAt, boolean confirmationAwaited, LocalDate reviewDate,
                             boolean reviewDue, Instant lapsesAt) {
}
