package org.patchwork.network.events;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.platform.events.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * The retention period after the client was closed ended and this service erased the client's records; every
 * service erases its own rows and copies about the client. Only the id and when: nothing that identifies the
 * person travels with it.
 */
@Externalized("network.clients::#{subject()}")
public record ClientRecordsErased(UUID eventId, Instant occurredAt, UUID clientId) implements IntegrationEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
