package org.patchwork.schedule.subjectaccess;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything the schedule holds about one client, for a subject access request: every visit (past, planned,
 * cancelled) with its purpose, and every contact. Professionals appear by their directory id and agency; the export
 * names them.
 */
record ScheduleHeld(UUID clientId, Integer notSeenThresholdDays, List<Visit> visits, List<Contact> contacts) {

    record Visit(UUID id, UUID visitorProfessionalId, String visitorAgency, String kind, Instant startsAt,
                 int durationMinutes, String purpose, String status, String cancelReason,
                 UUID scheduledByProfessionalId, Instant createdAt, Instant updatedAt) {
    }

    record Contact(UUID id, UUID professionalId, String agency, Instant contactedAt, String channel, String outcome,
                   UUID visitId, UUID recordedByProfessionalId, Instant recordedAt) {
    }
}
