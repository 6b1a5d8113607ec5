package org.patchwork.schedule.subjectaccess;

import java.util.UUID;

import org.patchwork.platform.security.Caller;
import org.patchwork.schedule.audit.AccessAction;
import org.patchwork.schedule.audit.AccessLog;
import org.patchwork.schedule.membership.Networks;
import org.patchwork.schedule.professional.Professional;
import org.patchwork.schedule.professional.Professionals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule's part of a subject access export: only for an IG officer of an agency involved with the client
 * now, and recorded in the access log (and so in the audit trail) like any read.
 */
@Service
class SubjectAccessService {

    private final SubjectAccessRepository repository;
    private final Professionals professionals;
    private final AccessLog accessLog;

    SubjectAccessService(SubjectAccessRepository repository, Professionals professionals, AccessLog accessLog) {
        this.repository = repository;
        this.professionals = professionals;
        this.accessLog = accessLog;
    }

    @Transactional
    ScheduleHeld export(Caller officer, UUID clientId) {
        Professional me = professionals.find(officer).orElseThrow(Networks::noSuchClient);
        if (officer.agency().isEmpty() || !repository.agencyInvolved(clientId, officer.agency())) {
            throw Networks.noSuchClient();
        }
        ScheduleHeld held = repository.heldAbout(clientId).orElseThrow(Networks::noSuchClient);
        accessLog.record(me, AccessAction.SUBJECT_ACCESS_EXPORTED, clientId);
        return held;
    }
}
