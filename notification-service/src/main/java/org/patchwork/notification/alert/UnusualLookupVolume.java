package org.patchwork.notification.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The client network service's {@code UnusualLookupVolume} (topic {@code network.lookups}, v1): a professional, or
 * an agency's staff together, reached the day's alert level of client look-ups; the fields the alert uses.
 */
record UnusualLookupVolume(Instant occurredAt, String agency, Professional professional, String scope, LocalDate day,
                           int lookupsToday, int dailyLimit) {

    record Professional(UUID id) {
    }

    boolean ofOneProfessional() {
        return "PROFESSIONAL".equals(scope) && professional != null;
    }
}
