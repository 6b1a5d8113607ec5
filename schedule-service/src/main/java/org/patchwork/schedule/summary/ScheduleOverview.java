package org.patchwork.schedule.summary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.schedule.contact.ContactView;
import org.patchwork.schedule.visit.VisitView;

/**
 * What a client page shows from the schedule, in one answer: the next visits, the contacts of the last 90 days,
 * when someone last saw the client and after how many days without being seen the network is warned.
 *
 * @param lastSeenAt    {@code null} while nobody has seen the client
 * @param daysSinceSeen {@code null} while nobody has seen the client
 */
public record ScheduleOverview(UUID clientId, List<VisitView> upcomingVisits, List<ContactView> recentContacts,
                               Instant lastSeenAt, Long daysSinceSeen, int notSeenThresholdDays) {
}
