package org.patchwork.network.involvement;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.network.membership.LegalBasis;

/**
 * For an agency's IG officers: a membership of their staff that continues on a statutory basis after the client
 * withdrew consent. They see which client (by id only), who, on what basis and why, and the reason recorded with the
 * withdrawal, and their review so far.
 *
 * @param endedAt    when the membership ended since, {@code null} while it lasts
 * @param reviewedAt {@code null} while it awaits review
 */
public record ContinuingWithoutConsent(UUID membershipId, UUID clientId, UUID professionalId, String professionalName,
                                       String jobTitle, String agency, LegalBasis legalBasis, String reason,
                                       Instant joinedAt, Instant continuesWithoutConsentSince,
                                       String withdrawalReason, Instant endedAt, Instant reviewedAt,
                                       ConsentReview.Outcome outcome, String note) {
}
