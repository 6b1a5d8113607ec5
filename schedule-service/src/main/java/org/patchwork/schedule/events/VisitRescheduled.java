package org.patchwork.schedule.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A visit moved to another time (or length); {@code previousStartsAt} is when it was before. */
@Externalized("schedule.visits::#{subject()}")
public record VisitRescheduled(UUID eventId,
                               Instant occurredAt,
                               UUID clientId,
                               String clientInitials,
                               UUID actorProfessionalId,
                               VisitDetails visit,
                               Instant previousStartsAt,
                               List<UUID> memberIds)
        implements ScheduleEvent {
}
