package org.patchwork.schedule.visit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.patchwork.schedule.audit.AccessAction;
import org.patchwork.schedule.audit.AccessLog;
import org.patchwork.schedule.config.ScheduleProperties;
import org.patchwork.schedule.contact.Contact;
import org.patchwork.schedule.contact.ContactOutcome;
import org.patchwork.schedule.contact.ContactService;
import org.patchwork.schedule.events.VisitCancelled;
import org.patchwork.schedule.events.VisitClash;
import org.patchwork.schedule.events.VisitCompleted;
import org.patchwork.schedule.events.VisitNoAccess;
import org.patchwork.schedule.events.VisitRescheduled;
import org.patchwork.schedule.events.VisitScheduled;
import org.patchwork.schedule.membership.ClientAccess;
import org.patchwork.schedule.membership.Networks;
import org.patchwork.schedule.professional.Professional;
import org.patchwork.schedule.professional.Professionals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Visits: who is going to see the client and when, and what happened when they went. */
@Service
public class VisitService {

    static final String NO_SUCH_VISIT = "No such visit.";
    static final String JOINT_VISIT = "JOINT_VISIT";

    private final VisitRepository visits;
    private final Networks networks;
    private final Professionals professionals;
    private final ContactService contacts;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final ScheduleProperties properties;
    private final Clock clock;

    VisitService(VisitRepository visits, Networks networks, Professionals professionals, ContactService contacts,
                 AccessLog accessLog, ApplicationEventPublisher events, ScheduleProperties properties, Clock clock) {
        this.visits = visits;
        this.networks = networks;
        this.professionals = professionals;
        this.contacts = contacts;
        this.accessLog = accessLog;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    VisitView schedule(Caller caller, UUID clientId, ScheduleVisit request) {
        ClientAccess access = networks.accessToChange(caller, clientId);
        Instant now = clock.instant();
        VisitRules.requireInTheFuture(request.startsAt(), now);
        Professional visitor = request.visitorProfessionalId() == null ? access.me()
                : currentMember(access, request.visitorProfessionalId());
        visits.lockClient(clientId);
        Visit visit = new Visit(UUID.randomUUID(), clientId, visitor.id(), visitor.agency(), request.kind(),
                request.startsAt(), request.durationMinutes(), request.purpose().strip(), VisitStatus.SCHEDULED, null,
                access.me().id(), now, now);
        visits.insert(visit);
        events.publishEvent(new VisitScheduled(UUID.randomUUID(), now, clientId, access.client().initials(),
                access.me().id(), visit.details(visitor.keycloakSubject()), access.memberIds()));
        announceClashes(access, visit, now);
        accessLog.record(access.me(), AccessAction.VISIT_SCHEDULED, clientId);
        return visits.view(visit.id()).orElseThrow();
    }

    @Transactional
    VisitView change(Caller caller, UUID visitId, ChangeVisit change) {
        Professional me = professionals.find(caller).orElseThrow(VisitService::noSuchVisit);
        Visit visit = visits.findForUpdate(visitId).orElseThrow(VisitService::noSuchVisit);
        ClientAccess access = networks.access(me, visit.clientId()).orElseThrow(VisitService::noSuchVisit);
        if (!VisitRules.mayChange(visit, me.id(), access.client().leadProfessionalId())) {
            throw PatchworkException.forbidden(
                    "Only the visitor, whoever scheduled the visit, or the lead professional may change it.");
        }
        Instant now = clock.instant();
        VisitRules.requireAllowed(visit, change, now);
        String visitorSubject = professionals.findById(visit.visitorProfessionalId())
                .map(Professional::keycloakSubject).orElse(null);
        switch (change.action()) {
            case RESCHEDULE -> {
                visits.lockClient(visit.clientId());
                Visit moved = visit.movedTo(change.startsAt(),
                        change.durationMinutes() == null ? visit.durationMinutes() : change.durationMinutes(), now);
                visits.update(moved);
                events.publishEvent(new VisitRescheduled(UUID.randomUUID(), now, visit.clientId(),
                        access.client().initials(), me.id(), moved.details(visitorSubject), visit.startsAt(),
                        access.memberIds()));
                announceClashes(access, moved, now);
            }
            case CANCEL -> {
                Visit cancelled = visit.ended(VisitStatus.CANCELLED, change.reason().strip(), now);
                visits.update(cancelled);
                events.publishEvent(new VisitCancelled(UUID.randomUUID(), now, visit.clientId(),
                        access.client().initials(), me.id(), cancelled.details(visitorSubject),
                        access.memberIds()));
            }
            case COMPLETE, NO_ACCESS -> recordOutcome(access, visit, change.action(), visitorSubject, now);
        }
        accessLog.record(me, AccessAction.VISIT_CHANGED, visit.clientId());
        return visits.view(visitId).orElseThrow();
    }

    @Transactional
    List<VisitView> upcoming(Caller caller, UUID clientId, int limit) {
        ClientAccess access = networks.access(caller, clientId);
        List<VisitView> upcoming = visits.upcoming(clientId, clock.instant(), limit);
        accessLog.record(access.me(), AccessAction.VISITS_VIEWED, clientId);
        return upcoming;
    }

    List<VisitView> mine(Caller caller, int limit) {
        return visits.upcomingOf(professionals.me(caller).id(), clock.instant(), limit);
    }

    /** The next visits to the client that have not ended yet, soonest first, for a caller already let in. */
    public List<VisitView> upcoming(UUID clientId, int limit) {
        return visits.upcoming(clientId, clock.instant(), limit);
    }

    /** The next visit to the client that has not ended yet, if any. */
    public Optional<VisitView> next(UUID clientId) {
        return visits.upcoming(clientId, clock.instant(), 1).stream().findFirst();
    }

    /** A professional's visits around now, for their calendar: past ones too, and cancelled ones so calendars drop them. */
    public List<VisitView> calendarOf(UUID professionalId) {
        Instant now = clock.instant();
        return visits.ofVisitorBetween(professionalId, now.minus(properties.feedPast()), now.plus(properties.feedFuture()));
    }

    private void recordOutcome(ClientAccess access, Visit visit, VisitAction action, String visitorSubject, Instant now) {
        VisitStatus outcome = action == VisitAction.COMPLETE ? VisitStatus.COMPLETED : VisitStatus.NO_ACCESS;
        Visit ended = visit.ended(outcome, null, now);
        visits.update(ended);
        Professional visitor = professionals.findById(visit.visitorProfessionalId())
                .orElseThrow(() -> new IllegalStateException("Visitor " + visit.visitorProfessionalId() + " unknown"));
        Contact contact = contacts.record(access, visitor, visit.startsAt(), visit.kind().contactChannel(),
                outcome == VisitStatus.COMPLETED ? ContactOutcome.COMPLETED : ContactOutcome.NO_ACCESS, visit.id());
        if (outcome == VisitStatus.COMPLETED) {
            events.publishEvent(new VisitCompleted(UUID.randomUUID(), now, visit.clientId(), access.client().initials(),
                    access.me().id(), ended.details(visitorSubject), contact.id(), access.memberIds()));
        } else {
            events.publishEvent(new VisitNoAccess(UUID.randomUUID(), now, visit.clientId(), access.client().initials(),
                    access.me().id(), ended.details(visitorSubject), contact.id(), access.memberIds()));
        }
    }

    /** Tells the network once about each other agency visiting the client on the same day. */
    private void announceClashes(ClientAccess access, Visit visit, Instant now) {
        LocalDate day = VisitRules.day(visit, properties.zone());
        Instant dayStart = day.atStartOfDay(properties.zone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(properties.zone()).toInstant();
        for (Visit other : visits.scheduledBetween(visit.clientId(), dayStart, dayEnd)) {
            if (VisitRules.clash(visit, other, properties.zone()) && visits.recordClash(visit.id(), other.id(), now)) {
                Visit first = other.startsAt().isAfter(visit.startsAt()) ? visit : other;
                Visit second = first == visit ? other : visit;
                events.publishEvent(new VisitClash(UUID.randomUUID(), now, visit.clientId(), access.client().initials(),
                        access.me().id(), day, first.details(subjectOf(first)), second.details(subjectOf(second)),
                        JOINT_VISIT, access.memberIds()));
            }
        }
    }

    private String subjectOf(Visit visit) {
        return professionals.findById(visit.visitorProfessionalId()).map(Professional::keycloakSubject).orElse(null);
    }

    private Professional currentMember(ClientAccess access, UUID professionalId) {
        if (!access.isMember(professionalId)) {
            throw PatchworkException.invalid("'visitorProfessionalId' is not a current member of this client's network.");
        }
        return professionals.findById(professionalId).orElseThrow(() -> PatchworkException.invalid(
                "'visitorProfessionalId' is not known to the schedule service yet; try again in a minute."));
    }

    private static PatchworkException noSuchVisit() {
        return PatchworkException.notFound(NO_SUCH_VISIT);
    }
}
