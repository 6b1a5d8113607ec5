package org.patchwork.network.overview;

import java.time.Instant;
import java.util.List;

import org.patchwork.network.client.MyClient;

/**
 * My clients, the one nobody has seen for longest first, each with who visits next, who was last in contact and
 * days since anyone saw them. When the schedule service cannot be asked, {@code scheduleAvailable} is false,
 * {@code scheduleMessage} says so and the clients are listed by name without those parts.
 */
public record MyCaseload(List<Entry> clients, boolean scheduleAvailable, String scheduleMessage) {

    /**
     * @param lastSeenAt    {@code null} while nobody has seen the client
     * @param daysSinceSeen {@code null} while nobody has seen the client
     */
    public record Entry(MyClient client, ScheduleSummary.NextVisit nextVisit, ScheduleSummary.LastContact lastContact,
                        Instant lastSeenAt, Long daysSinceSeen) {
    }
}
