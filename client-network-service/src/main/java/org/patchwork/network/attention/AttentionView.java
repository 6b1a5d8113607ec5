package org.patchwork.network.attention;

import java.time.Instant;
import java.util.UUID;

public record AttentionView(UUID id, UUID clientId, UUID raisedByProfessionalId, String raisedByName,
                            String raisedByAgency, Priority priority, String message, Instant raisedAt) {
}
