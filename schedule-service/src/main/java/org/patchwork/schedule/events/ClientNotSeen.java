package org.patchwork.schedule.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * Nobody has seen the client for {@code thresholdDays} days or more. Raised once per episode: not again until
 * someone has seen the client and the days run out once more. {@code lastSeenAt} is null when nobody has seen
 * the client since their network began.
 */
@Externalized("schedule.visits::#{subject()}")
public record ClientNotSeen(UUID eventId,
                            Instant occurredAt,
                            UUID clientId,
                            String clientInitials,
                            UUID actorProfessionalId,
                            Instant lastSeenAt,
                            long daysNotSeen,
                            int thresholdDays,
                            UUID leadProfessionalId,
                            List<UUID> memberIds)
        implements ScheduleEvent {
}
