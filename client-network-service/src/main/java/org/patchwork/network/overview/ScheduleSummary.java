package org.patchwork.network.overview;

import java.time.Instant;
import java.util.UUID;

/** The schedule service's caseload line for one client, as this service reads it. */
public record ScheduleSummary(UUID clientId, NextVisit nextVisit, LastContact lastContact, Instant lastSeenAt,
                              Long daysSinceSeen, Instant unseenSince) {

    public record NextVisit(UUID visitId, UUID professionalId, String name, String agency, String kind,
                            Instant startsAt, Instant endsAt) {
    }

    public record LastContact(UUID contactId, UUID professionalId, String name, String agency, Instant contactedAt,
                              String channel, String outcome) {
    }
}
