package org.patchwork.schedule.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A visit will not happen; the reason is short and says why (never case notes). */
@Externalized("schedule.visits::#{subject()}")
public record VisitCancelled(UUID eventId,
                             Instant occurredAt,
                             UUID clientId,
                             String clientInitials,
                             UUID actorProfessionalId,
                             VisitDetails visit,
                             String reason,
                             List<UUID> memberIds)
        implements ScheduleEvent {
}
