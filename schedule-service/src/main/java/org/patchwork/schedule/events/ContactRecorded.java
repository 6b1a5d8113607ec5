package org.patchwork.schedule.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A contact with the client happened (recorded directly, or as the outcome of a visit). {@code seesTheClient}: whether
 * it counts as someone having seen the client (the rule behind "days since seen"), so that no consumer has to
 * repeat the rule.
 */
@Externalized("schedule.visits::#{subject()}")
public record ContactRecorded(UUID eventId,
                              Instant occurredAt,
                              UUID clientId,
                              String clientInitials,
                              UUID actorProfessionalId,
                              UUID contactId,
                              ProfessionalRef professional,
                              Instant contactedAt,
                              String channel,
                              String outcome,
                              boolean seesTheClient,
                              UUID visitId,
                              List<UUID> memberIds)
        implements ScheduleEvent {
}
