package org.patchwork.directory.events;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.platform.events.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** An agency's name, kind, areas or contact details changed. Carries the whole summary as it is now. */
@Externalized("directory.agencies::#{subject()}")
public record AgencyUpdated(UUID eventId, Instant occurredAt, AgencySummary agency) implements IntegrationEvent {

    public static AgencyUpdated of(AgencySummary agency, Instant at) {
        return new AgencyUpdated(UUID.randomUUID(), at, agency);
    }

    @Override
    public String subject() {
        return agency.code();
    }
}
