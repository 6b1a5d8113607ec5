package org.patchwork.schedule.summary;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.patchwork.platform.security.Caller;
import org.patchwork.schedule.audit.AccessAction;
import org.patchwork.schedule.audit.AccessLog;
import org.patchwork.schedule.contact.ContactService;
import org.patchwork.schedule.membership.ClientAccess;
import org.patchwork.schedule.membership.Networks;
import org.patchwork.schedule.visit.VisitService;
import org.patchwork.schedule.warning.NotSeenRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ScheduleSummaryService {

    private final Networks networks;
    private final VisitService visits;
    private final ContactService contacts;
    private final AccessLog accessLog;
    private final Clock clock;

    ScheduleSummaryService(Networks networks, VisitService visits, ContactService contacts, AccessLog accessLog,
                           Clock clock) {
        this.networks = networks;
        this.visits = visits;
        this.contacts = contacts;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional
    ScheduleSummary summary(Caller caller, UUID clientId) {
        ClientAccess access = networks.access(caller, clientId);
        Instant lastSeen = contacts.lastSeen(clientId).orElse(null);
        ScheduleSummary summary = new ScheduleSummary(clientId, access.client().initials(),
                visits.next(clientId).map(visit -> new ScheduleSummary.NextVisit(visit.id(),
                        visit.visitorProfessionalId(), visit.visitorName(), visit.visitorAgency(), visit.kind(),
                        visit.startsAt(), visit.endsAt())).orElse(null),
                contacts.latest(clientId).map(contact -> new ScheduleSummary.LastContact(contact.id(),
                        contact.professionalId(), contact.professionalName(), contact.agency(), contact.contactedAt(),
                        contact.channel(), contact.outcome())).orElse(null),
                lastSeen, lastSeen == null ? null : NotSeenRules.daysBetween(lastSeen, clock.instant()));
        accessLog.record(access.me(), AccessAction.SUMMARY_VIEWED, clientId);
        return summary;
    }
}
