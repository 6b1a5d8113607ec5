package org.patchwork.network.membership;

import java.time.Instant;
import java.util.UUID;

/**
 * A professional who added themselves to a client's network (break-glass), as their agency's information
 * governance officers review it: who, which client (by id only), on what basis and why, and the review so far.
 *
 * @param endedAt    when the membership ended, {@code null} while it lasts
 * @param reviewedAt {@code null} while the join awaits review
 * @param joinedByIgOfficer the joiner is an IG officer: the platform's IG officers may review it too
 * @param officersOwn the officer asking made this self-join: another IG officer reviews it
 */
public record SelfJoin(UUID membershipId, UUID clientId, UUID professionalId, String professionalName,
                       String jobTitle, String agency, LegalBasis legalBasis, String reason, Instant joinedAt,
                       Instant endedAt, Instant reviewedAt, SelfJoinReview.Outcome outcome, String note,
                       boolean joinedByIgOfficer, boolean officersOwn) {
}
