package org.patchwork.network.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What an IG officer asks of the audit trail; every filter is optional, {@code to} is exclusive.
 *
 * @param actorProfessionalId   records of what this professional did
 * @param subjectProfessionalId records of what was done about this professional (removed, invited, reviewed …)
 * @param page                  which page, from 0, newest records first
 * @param size                  records per page
 */
public record AuditQuery(UUID clientId, UUID actorProfessionalId, UUID subjectProfessionalId, Instant from,
                         Instant to, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    boolean isPeriodInOrder() {
        return from == null || to == null || from.isBefore(to);
    }

    boolean isPageValid() {
        return page >= 0 && size >= 1 && size <= MAX_SIZE;
    }

    long offset() {
        return (long) page * size;
    }
}
