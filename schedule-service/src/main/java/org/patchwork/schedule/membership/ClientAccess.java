package org.patchwork.schedule.membership;

import java.util.List;
import java.util.UUID;

import org.patchwork.schedule.professional.Professional;

/** A current member's access to a client: the client, the member, and everybody in the network now. */
public record ClientAccess(NetworkClient client, Professional me, List<UUID> memberIds) {

    public boolean isMember(UUID professionalId) {
        return memberIds.contains(professionalId);
    }
}
