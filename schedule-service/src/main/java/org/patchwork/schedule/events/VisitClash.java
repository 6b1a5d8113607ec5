package org.patchwork.schedule.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** Two agencies are visiting the client on the same day: they may want to make it one joint visit. */
@Externalized("schedule.visits::#{subject()}")
public record VisitClash(UUID eventId,
                         Instant occurredAt,
                         UUID clientId,
                         String clientInitials,
                         UUID actorProfessionalId,
                         LocalDate day,
                         VisitDetails first,
                         VisitDetails second,
                         String suggestion,
                         List<UUID> memberIds)
        implements ScheduleEvent {
}
