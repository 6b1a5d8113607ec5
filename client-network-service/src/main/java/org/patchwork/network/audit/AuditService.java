package org.patchwork.network.audit;

import java.util.List;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IG officers' questions: who looked at this client and why (in client-network and in the schedule); what did this
 * professional look at; what was done about them.
 */
@Service
class AuditService {

    static final String NO_SUCH_CLIENT = "No client your agency is or was involved with has this reference.";

    private final AuditRepository records;
    private final AuditLog audit;

    AuditService(AuditRepository records, AuditLog audit) {
        this.records = records;
        this.audit = audit;
    }

    @Transactional
    AuditPage search(Caller officer, AuditQuery query) {
        requireAgency(officer);
        if (!query.isPeriodInOrder()) {
            throw PatchworkException.invalid("'from' must be before 'to'.");
        }
        if (!query.isPageValid()) {
            throw PatchworkException.invalid("'page' must be 0 or more and 'size' between 1 and "
                    + AuditQuery.MAX_SIZE + ".");
        }
        if (query.clientId() != null && !records.agencyEverInvolved(officer.agency(), query.clientId())) {
            throw PatchworkException.notFound(NO_SUCH_CLIENT);
        }
        List<AuditRecord> found = records.visibleToAgency(officer.agency(), query);
        boolean hasNext = found.size() > query.size();
        List<AuditRecord> page = hasNext ? found.subList(0, query.size()) : found;
        audit.record(officer, null, AuditAction.AUDIT_VIEWED, query.clientId(),
                query.subjectProfessionalId() != null ? query.subjectProfessionalId() : query.actorProfessionalId(),
                null, describe(query, page.size()));
        return new AuditPage(List.copyOf(page), query.page(), query.size(), hasNext);
    }

    private static void requireAgency(Caller officer) {
        if (officer.agency().isEmpty()) {
            throw PatchworkException.forbidden("Your account is not linked to an agency in the data sharing agreement.");
        }
    }

    private static String describe(AuditQuery query, int shown) {
        StringBuilder detail = new StringBuilder("page " + query.page() + ", " + shown + " records");
        if (query.actorProfessionalId() != null) {
            detail.append("; actor ").append(query.actorProfessionalId());
        }
        if (query.subjectProfessionalId() != null) {
            detail.append("; about ").append(query.subjectProfessionalId());
        }
        return detail.toString();
    }
}
