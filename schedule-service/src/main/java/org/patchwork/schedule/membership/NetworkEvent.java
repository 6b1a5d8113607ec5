package org.patchwork.schedule.membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The part of the client network service's events this service reads (network.clients and network.memberships,
 * v1): every one of them carries the network as it is after the event.
 */
record NetworkEvent(UUID eventId, Instant occurredAt, UUID clientId, String clientInitials, List<UUID> memberIds,
                    @JsonAlias("leadId") UUID leadProfessionalId) {

    boolean carriesTheNetwork() {
        return clientId != null && occurredAt != null && memberIds != null;
    }
}
