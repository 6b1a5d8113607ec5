package org.patchwork.schedule.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** Nobody answered the door: a safeguarding signal for the whole network. It is also recorded as a contact. */
@Externalized("schedule.visits::#{subject()}")
public record VisitNoAccess(UUID eventId,
                            Instant occurredAt,
                            UUID clientId,
                            String clientInitials,
                            UUID actorProfessionalId,
                            VisitDetails visit,
                            UUID contactId,
                            List<UUID> memberIds)
        implements ScheduleEvent {
}
