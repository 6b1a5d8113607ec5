package org.patchwork.schedule.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A visit will not happen. Why it was cancelled stays in the schedule: free text about a client is not carried on
 * events, and no consumer needs it.
 */
@Externalized("schedule.visits::#{subject()}")
public record VisitCancelled(UUID eventId,
                             Instant occurredAt,
                             UUID clientId,
                             String clientInitials,
                             UUID actorProfessionalId,
                             VisitDetails visit,
                             List<UUID> memberIds)
        implements ScheduleEvent {
}
