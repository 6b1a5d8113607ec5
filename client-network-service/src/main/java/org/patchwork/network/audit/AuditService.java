package org.patchwork.network.audit;

import java.util.List;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** IG officers' questions: who looked at this client and why; what did this professional look at. */
@Service
class AuditService {

    private final AuditRepository records;
    private final AuditLog audit;

    AuditService(AuditRepository records, AuditLog audit) {
        this.records = records;
        this.audit = audit;
    }

    @Transactional
    List<AuditRecord> search(Caller officer, AuditQuery query) {
        if (officer.agency().isEmpty()) {
            throw PatchworkException.forbidden("Your account is not linked to an agency in the data sharing agreement.");
        }
        if (!query.isPeriodInOrder()) {
            throw PatchworkException.invalid("'from' must be before 'to'.");
        }
        List<AuditRecord> found = records.visibleToAgency(officer.agency(), query);
        audit.record(officer, null, AuditAction.AUDIT_VIEWED, query.clientId(), query.professionalId(), null,
                found.size() + " records");
        return found;
    }
}
