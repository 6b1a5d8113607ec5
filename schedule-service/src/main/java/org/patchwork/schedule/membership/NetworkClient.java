package org.patchwork.schedule.membership;

import java.time.Instant;
import java.util.UUID;

/**
 * This service's copy of a client: initials only, whether the network is still open, who leads it, since when
 * this service knows the client, and the lead's own not-seen threshold ({@code null}: the default).
 */
public record NetworkClient(UUID id, String initials, String status, UUID leadProfessionalId, Instant knownSince,
                            Instant membershipAsOf, Integer notSeenThresholdDays) {

    static final String OPEN = "OPEN";

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    public boolean isLedBy(UUID professionalId) {
        return professionalId.equals(leadProfessionalId);
    }
}
