package org.patchwork.network.overview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.network.client.MyClient;

/**
 * My clients, the one nobody has seen for longest first, each with who visits next, who was last in contact and
 * days since anyone saw them. The schedule's parts come from this service's copy of the schedule service's events,
 * so the list is complete even while the schedule service is down (a change made a moment ago may take a moment
 * to appear).
 */
public record MyCaseload(List<Entry> clients) {

    /**
     * @param lastSeenAt    {@code null} while nobody has seen the client
     * @param daysSinceSeen {@code null} while nobody has seen the client
     */
    public record Entry(MyClient client, NextVisit nextVisit, LastContact lastContact, Instant lastSeenAt,
                        Long daysSinceSeen) {
    }

    public record NextVisit(UUID visitId, UUID professionalId, String name, String agency, String kind,
                            Instant startsAt, Instant endsAt) {
    }

    public record LastContact(UUID contactId, UUID professionalId, String name, String agency, Instant contactedAt,
                              String channel, String outcome) {
    }
}
