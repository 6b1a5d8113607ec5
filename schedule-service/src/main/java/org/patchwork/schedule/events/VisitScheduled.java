package org.patchwork.schedule.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A member scheduled a visit to the client. */
@Externalized("schedule.visits::#{subject()}")
public record VisitScheduled(UUID eventId,
                             Instant occurredAt,
                             UUID clientId,
                             String clientInitials,
                             UUID actorProfessionalId,
                             VisitDetails visit,
                             List<UUID> memberIds)
        implements ScheduleEvent {
}
