package org.patchwork.network.audit;

import java.time.Instant;
import java.util.UUID;

/** What an IG officer asks of the audit trail; every part is optional, {@code to} is exclusive. */
public record AuditQuery(UUID clientId, UUID professionalId, Instant from, Instant to) {

    boolean isPeriodInOrder() {
        return from == null || to == null || from.isBefore(to);
    }
}
