package org.patchwork.network.attention;

import java.time.Instant;
import java.util.UUID;

/**
 * An attention as members see it.
 *
 * @param resolvedAt     when a member marked it as dealt with; {@code null} while it is open
 * @param resolvedByName who did
 */
public record AttentionView(UUID id, UUID clientId, UUID raisedByProfessionalId, String raisedByName,
                            String raisedByAgency, Priority priority, String message, Instant raisedAt,
                            Instant resolvedAt, String resolvedByName) {

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
