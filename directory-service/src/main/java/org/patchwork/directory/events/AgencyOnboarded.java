package org.patchwork.directory.events;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.platform.events.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** An agency joined the data sharing agreement, or was let back in after a suspension: its staff may use Patchwork. */
@Externalized("directory.agencies::#{subject()}")
public record AgencyOnboarded(UUID eventId, Instant occurredAt, AgencySummary agency) implements IntegrationEvent {

    public static AgencyOnboarded of(AgencySummary agency, Instant at) {
        return new AgencyOnboarded(UUID.randomUUID(), at, agency);
    }

    @Override
    public String subject() {
        return agency.code();
    }
}
