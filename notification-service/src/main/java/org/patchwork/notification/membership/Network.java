package org.patchwork.notification.membership;

import java.util.Set;
import java.util.UUID;

/** A client's network as this service last heard of it; empty when nothing has been heard yet. */
public record Network(UUID clientId, UUID leadId, Set<UUID> memberIds) {

    public Network {
        memberIds = Set.copyOf(memberIds);
    }

    public static Network unknown(UUID clientId) {
        return new Network(clientId, null, Set.of());
    }
}
