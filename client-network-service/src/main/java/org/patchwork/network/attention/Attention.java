package org.patchwork.network.attention;

import java.time.Instant;
import java.util.UUID;

/** A short message a member raised to the whole network. */
record Attention(UUID id, UUID clientId, UUID raisedByProfessionalId, Priority priority, String message,
                 Instant raisedAt) {
}
