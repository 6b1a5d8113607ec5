package org.patchwork.network.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** The whole audit trail of one client as an agency's IG officers see it, for a subject access export. */
@Component
public class AuditTrail {

    private final AuditRepository records;

    AuditTrail(AuditRepository records) {
        this.records = records;
    }

    /** Every record, from every service, newest first, read a page at a time; the caller records why it was read. */
    public List<AuditRecord> wholeTrailOf(String agency, UUID clientId) {
        List<AuditRecord> all = new ArrayList<>();
        List<AuditRecord> page;
        int number = 0;
        do {
            page = records.visibleToAgency(agency,
                    new AuditQuery(clientId, null, null, null, null, number++, AuditQuery.MAX_SIZE));
            all.addAll(page.subList(0, Math.min(page.size(), AuditQuery.MAX_SIZE)));
        } while (page.size() > AuditQuery.MAX_SIZE);
        return all;
    }
}
