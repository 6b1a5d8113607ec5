package org.patchwork.schedule.visit;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.schedule.events.ProfessionalRef;
import org.patchwork.schedule.events.VisitDetails;

/** A planned or past visit to a client by one professional. */
public record Visit(UUID id, UUID clientId, UUID visitorProfessionalId, String visitorAgency, VisitKind kind,
                    Instant startsAt, int durationMinutes, String purpose, VisitStatus status, String cancelReason,
                    UUID scheduledBy, Instant createdAt, Instant updatedAt) {

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    Visit movedTo(Instant newStart, int newDuration, Instant now) {
        return new Visit(id, clientId, visitorProfessionalId, visitorAgency, kind, newStart, newDuration, purpose,
                status, cancelReason, scheduledBy, createdAt, now);
    }

    Visit ended(VisitStatus outcome, String reason, Instant now) {
        return new Visit(id, clientId, visitorProfessionalId, visitorAgency, kind, startsAt, durationMinutes, purpose,
                outcome, reason, scheduledBy, createdAt, now);
    }

    VisitDetails details(String visitorSubject) {
        return new VisitDetails(id, new ProfessionalRef(visitorProfessionalId, visitorSubject, visitorAgency), startsAt,
                durationMinutes, kind.name());
    }
}
