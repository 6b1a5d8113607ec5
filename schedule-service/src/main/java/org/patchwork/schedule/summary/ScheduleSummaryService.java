package org.patchwork.schedule.summary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.platform.security.Caller;
import org.patchwork.schedule.audit.AccessAction;
import org.patchwork.schedule.audit.AccessLog;
import org.patchwork.schedule.config.ScheduleProperties;
import org.patchwork.schedule.contact.ContactService;
import org.patchwork.schedule.membership.ClientAccess;
import org.patchwork.schedule.membership.Networks;
import org.patchwork.schedule.professional.Professional;
import org.patchwork.schedule.professional.Professionals;
import org.patchwork.schedule.visit.VisitService;
import org.patchwork.schedule.warning.NotSeenRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ScheduleSummaryService {

    static final int OVERVIEW_VISITS = 5;
    static final int OVERVIEW_CONTACTS = 5;

    private final Networks networks;
    private final Professionals professionals;
    private final VisitService visits;
    private final ContactService contacts;
    private final CaseloadRepository caseloads;
    private final AccessLog accessLog;
    private final ScheduleProperties properties;
    private final Clock clock;

    ScheduleSummaryService(Networks networks, Professionals professionals, VisitService visits,
                           ContactService contacts, CaseloadRepository caseloads, AccessLog accessLog,
                           ScheduleProperties properties, Clock clock) {
        this.networks = networks;
        this.professionals = professionals;
        this.visits = visits;
        this.contacts = contacts;
        this.caseloads = caseloads;
        this.accessLog = accessLog;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    ScheduleSummary summary(Caller caller, UUID clientId) {
        ClientAccess access = networks.access(caller, clientId);
        Instant now = clock.instant();
        Instant lastSeen = contacts.lastSeen(clientId).orElse(null);
        ScheduleSummary summary = new ScheduleSummary(clientId, access.client().initials(),
                visits.next(clientId).map(visit -> new ScheduleSummary.NextVisit(visit.id(),
                        visit.visitorProfessionalId(), visit.visitorName(), visit.visitorAgency(), visit.kind(),
                        visit.startsAt(), visit.endsAt())).orElse(null),
                contacts.latest(clientId).map(contact -> new ScheduleSummary.LastContact(contact.id(),
                        contact.professionalId(), contact.professionalName(), contact.agency(), contact.contactedAt(),
                        contact.channel(), contact.outcome())).orElse(null),
                lastSeen, lastSeen == null ? null : NotSeenRules.daysBetween(lastSeen, now),
                lastSeen == null ? access.client().knownSince() : lastSeen);
        accessLog.record(access.me(), AccessAction.SUMMARY_VIEWED, clientId);
        return summary;
    }

    @Transactional
    ScheduleOverview overview(Caller caller, UUID clientId) {
        ClientAccess access = networks.access(caller, clientId);
        Instant lastSeen = contacts.lastSeen(clientId).orElse(null);
        Integer threshold = access.client().notSeenThresholdDays();
        ScheduleOverview overview = new ScheduleOverview(clientId, visits.upcoming(clientId, OVERVIEW_VISITS),
                contacts.recent(clientId, OVERVIEW_CONTACTS), lastSeen,
                lastSeen == null ? null : NotSeenRules.daysBetween(lastSeen, clock.instant()),
                threshold == null ? properties.notSeenDefaultDays() : threshold);
        accessLog.record(access.me(), AccessAction.OVERVIEW_VIEWED, clientId);
        return overview;
    }

    /** The caller's caseload; someone not (yet) known to this service has none. */
    @Transactional
    List<ScheduleSummary> caseload(Caller caller) {
        return professionals.find(caller).map(me -> caseloadOf(me)).orElse(List.of());
    }

    private List<ScheduleSummary> caseloadOf(Professional me) {
        List<ScheduleSummary> caseload = caseloads.of(me.id(), clock.instant());
        accessLog.recordAll(me, AccessAction.CASELOAD_VIEWED, caseload.stream().map(ScheduleSummary::clientId).toList());
        return caseload;
    }
}
