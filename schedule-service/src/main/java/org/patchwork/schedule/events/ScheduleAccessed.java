package org.patchwork.schedule.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.platform.events.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A professional read or changed client schedules: the access log's record, published so that information governance
 * answers "who looked at this client, and why" from one audit trail (client-network-service's). {@code clientIds}:
 * the clients concerned, in the order shown (many for a caseload, none for a calendar, which spans the professional's
 * own visits). Keyed by the professional, as one access may concern many clients.
 */
@Externalized("schedule.access::#{subject()}")
public record ScheduleAccessed(UUID eventId,
                               Instant occurredAt,
                               ProfessionalRef professional,
                               String action,
                               List<UUID> clientIds)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return professional.id().toString();
    }
}
