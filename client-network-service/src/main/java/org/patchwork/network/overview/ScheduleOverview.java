package org.patchwork.network.overview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The schedule service's answer for one client, as this service reads it (unknown fields are ignored, so the
 * schedule may add to it freely).
 */
public record ScheduleOverview(List<Visit> upcomingVisits, List<Contact> recentContacts, Instant lastSeenAt,
                               Long daysSinceSeen, Integer notSeenThresholdDays) {

    public record Visit(UUID id, UUID visitorProfessionalId, String visitorName, String visitorAgency,
                        String visitorJobTitle, String kind, Instant startsAt, Instant endsAt, int durationMinutes,
                        String purpose) {
    }

    public record Contact(UUID id, UUID professionalId, String professionalName, String agency, String jobTitle,
                          Instant contactedAt, String channel, String outcome) {
    }
}
