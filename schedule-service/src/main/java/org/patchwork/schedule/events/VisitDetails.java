package org.patchwork.schedule.events;

import java.time.Instant;
import java.util.UUID;

/** A visit as events describe it: who visits, when, for how long and what kind of visit (never its purpose). */
public record VisitDetails(UUID visitId, ProfessionalRef visitor, Instant startsAt, int durationMinutes, String kind) {
}
