package org.patchwork.network.overview;

import java.time.Instant;
import java.util.UUID;

/**
 * The parts of the schedule service's events (topic {@code schedule.visits}) the caseload's copy is kept from;
 * anything else in them is ignored.
 */
final class ScheduleEvents {

    private ScheduleEvents() {
    }

    /** VisitScheduled, VisitRescheduled, VisitCancelled, VisitCompleted, VisitNoAccess: the visit as it is now. */
    record VisitChanged(Instant occurredAt, UUID clientId, Visit visit) {
    }

    /** ContactRecorded; {@code seesTheClient} is the schedule's own verdict on whether someone saw the client. */
    record ContactRecorded(Instant occurredAt, UUID clientId, UUID contactId, Professional professional,
                           Instant contactedAt, String channel, String outcome, boolean seesTheClient) {
    }

    record Visit(UUID visitId, Professional visitor, Instant startsAt, int durationMinutes, String kind) {
    }

    record Professional(UUID id, String agency) {
    }
}
