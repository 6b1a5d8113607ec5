package org.patchwork.web.visits;

import java.time.Instant;
import java.util.UUID;

/** The web app's reading of the schedule service's JSON. */
public final class Schedule {

    private Schedule() {
    }

    public record Visit(UUID id, UUID clientId, UUID visitorProfessionalId, String visitorName, String visitorAgency,
                        String visitorJobTitle, String kind, Instant startsAt, Instant endsAt, int durationMinutes,
                        String purpose, String status, UUID scheduledBy) {
    }

    public record Contact(UUID id, UUID professionalId, String professionalName, String agency, String jobTitle,
                          Instant contactedAt, String channel, String outcome) {
    }
}
