package org.patchwork.network.involvement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded withdrawal of consent and what it did: the professionals whose consent-based memberships ended, and
 * those whose statutory memberships continue, flagged for their agency's IG review.
 */
public record ConsentWithdrawal(UUID id, UUID clientId, Instant recordedAt, List<UUID> ended,
                                List<UUID> continuingWithoutConsent) {
}
