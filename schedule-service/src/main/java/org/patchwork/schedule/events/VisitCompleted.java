package org.patchwork.schedule.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The visit happened; it is now also a contact. */
@Externalized("schedule.visits::#{subject()}")
public record VisitCompleted(UUID eventId,
                             Instant occurredAt,
                             UUID clientId,
                             String clientInitials,
                             UUID actorProfessionalId,
                             VisitDetails visit,
                             UUID contactId,
                             List<UUID> memberIds)
        implements ScheduleEvent {
}
