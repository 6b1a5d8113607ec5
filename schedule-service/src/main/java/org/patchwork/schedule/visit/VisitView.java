package org.patchwork.schedule.visit;

import java.time.Instant;
import java.util.UUID;

/** A visit as members see it: who visits (name, agency, job title), when, for how long, what kind, why. */
public record VisitView(UUID id, UUID clientId, String clientInitials, UUID visitorProfessionalId,
                        String visitorName, String visitorAgency, String visitorJobTitle, VisitKind kind,
                        Instant startsAt, Instant endsAt, int durationMinutes, String purpose, VisitStatus status,
                        String cancelReason, UUID scheduledBy) {
}
