package org.patchwork.network.membership;

import java.util.List;
import java.util.UUID;

/** Who is in a client's network right now, as every membership event carries it. */
public record NetworkSnapshot(UUID clientId, String clientInitials, List<UUID> memberIds, UUID leadProfessionalId) {
}
