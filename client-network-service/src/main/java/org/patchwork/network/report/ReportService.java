package org.patchwork.network.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.reporting.ReportedCount;
import org.patchwork.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's report, for its own managers and administrators only: everyone else, another agency's managers
 * included, is refused. Every count goes through {@link ReportedCount}, so no small number leaves this service.
 */
@Service
class ReportService {

    static final int MIN_NOT_SEEN_DAYS = 1;
    static final int MAX_NOT_SEEN_DAYS = 365;
    static final Duration INVITATION_PERIOD = Duration.ofDays(365);

    private final ReportRepository repository;
    private final Clock clock;

    ReportService(ReportRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    AgencyReport report(Caller caller, String agency, int notSeenDays) {
        if (!(caller.hasRole(Caller.AGENCY_ADMIN) || caller.hasRole(Caller.MANAGER)) || !caller.worksFor(agency)) {
            throw PatchworkException.forbidden("Only the agency's own managers and administrators see its report.");
        }
        if (notSeenDays < MIN_NOT_SEEN_DAYS || notSeenDays > MAX_NOT_SEEN_DAYS) {
            throw PatchworkException.invalid("notSeenDays must be between " + MIN_NOT_SEEN_DAYS + " and "
                    + MAX_NOT_SEEN_DAYS + ".");
        }
        Instant now = clock.instant();
        ReportRepository.InvitationCounts invitations = repository.invitationsSince(agency,
                now.minus(INVITATION_PERIOD));
        return new AgencyReport(agency, now, notSeenDays,
                ReportedCount.of(repository.clientsSupported(agency)),
                ReportedCount.of(repository.networksLed(agency)),
                ReportedCount.of(repository.clientsNotSeenSince(agency, now.minus(Duration.ofDays(notSeenDays)))),
                ReportedCount.of(repository.membershipsAwaitingConfirmation(agency)),
                new AgencyReport.Invitations(ReportedCount.of(invitations.sent()),
                        ReportedCount.of(invitations.accepted()), ReportedCount.of(invitations.declined()),
                        ReportedCount.of(invitations.expired()), ReportedCount.of(invitations.pending()),
                        ReportedCount.of(invitations.withinDay()), ReportedCount.of(invitations.withinWeek()),
                        ReportedCount.of(invitations.later()), medianHours(invitations)));
    }

    private static Long medianHours(ReportRepository.InvitationCounts invitations) {
        if (invitations.answered() < ReportedCount.THRESHOLD || invitations.medianSeconds() == null) {
            return null;
        }
        return Math.round(invitations.medianSeconds() / 3600);
    }
}
