package org.patchwork.schedule.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.patchwork.platform.problem.PatchworkException;
import org.springframework.http.HttpStatus;

/** The rules of visits, free of Spring and the database. */
public final class VisitRules {

    private VisitRules() {
    }

    /** A visit is planned for the future: one in the past is a contact, recorded as such. */
    public static void requireInTheFuture(Instant startsAt, Instant now) {
        if (startsAt.isBefore(now)) {
            throw new PatchworkException(HttpStatus.BAD_REQUEST, "visit-in-the-past",
                    "A visit cannot be scheduled in the past; record a contact for something that already happened.");
        }
    }

    /** Who may change a visit: the visitor, whoever scheduled it, and the network's lead. */
    public static boolean mayChange(Visit visit, UUID professionalId, UUID leadProfessionalId) {
        return professionalId.equals(visit.visitorProfessionalId()) || professionalId.equals(visit.scheduledBy())
                || professionalId.equals(leadProfessionalId);
    }

    /** Checks that {@code action} may happen to {@code visit} now, with what the request carries. */
    public static void requireAllowed(Visit visit, ChangeVisit change, Instant now) {
        if (visit.status() != VisitStatus.SCHEDULED) {
            throw PatchworkException.conflict("This visit is already " + visit.status().name().toLowerCase().replace('_', ' ')
                    + "; it can no longer change.");
        }
        switch (change.action()) {
            case RESCHEDULE -> {
                if (change.startsAt() == null) {
                    throw PatchworkException.invalid("Rescheduling needs the new 'startsAt'.");
                }
                requireInTheFuture(change.startsAt(), now);
            }
            case CANCEL -> {
                if (change.reason() == null || change.reason().isBlank()) {
                    throw PatchworkException.invalid("Cancelling needs a short 'reason'.");
                }
            }
            case COMPLETE, NO_ACCESS -> {
                if (visit.startsAt().isAfter(now)) {
                    throw new PatchworkException(HttpStatus.CONFLICT, "visit-not-started",
                            "The outcome of a visit is recorded once it has started.");
                }
            }
        }
    }

    /** Two visits clash when different agencies visit the same client on the same local day. */
    public static boolean clash(Visit one, Visit other, ZoneId zone) {
        return !one.id().equals(other.id()) && one.clientId().equals(other.clientId())
                && one.status() == VisitStatus.SCHEDULED && other.status() == VisitStatus.SCHEDULED
                && !one.visitorAgency().equals(other.visitorAgency())
                && day(one, zone).equals(day(other, zone));
    }

    public static LocalDate day(Visit visit, ZoneId zone) {
        return visit.startsAt().atZone(zone).toLocalDate();
    }
}
