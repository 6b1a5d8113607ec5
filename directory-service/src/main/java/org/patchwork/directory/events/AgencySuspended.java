package org.patchwork.directory.events;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.platform.events.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** An agency was suspended from the data sharing agreement: its staff may no longer use Patchwork. */
@Externalized("directory.agencies::#{subject()}")
public record AgencySuspended(UUID eventId, Instant occurredAt, AgencySummary agency) implements IntegrationEvent {

    public static AgencySuspended of(AgencySummary agency, Instant at) {
        return new AgencySuspended(UUID.randomUUID(), at, agency);
    }

    @Override
    public String subject() {
        return agency.code();
    }
}
