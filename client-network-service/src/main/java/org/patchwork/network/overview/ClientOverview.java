package org.patchwork.network.overview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.network.attention.AttentionView;
import org.patchwork.network.client.ClientView;
import org.patchwork.network.membership.NetworkView;

/**
 * The three priorities of a practitioner at one glance: who supports the client and how to reach them, who visits
 * next, who was last in contact — with the attentions raised and days since anyone saw the client.
 *
 * @param attentions       the open attentions, newest first
 * @param myProfessionalId the caller's own directory id, so that a page can tell them apart in the team without
 *                         asking the directory who they are
 */
public record ClientOverview(ClientView client, List<NetworkView.Member> network, List<AttentionView> attentions,
                             Schedule schedule, UUID myProfessionalId) {

    /**
     * The schedule's part. When the schedule service cannot be asked, {@code available} is false, {@code message}
     * says so and the lists are empty: the team is still shown.
     *
     * @param lastSeenAt    {@code null} while nobody has seen the client
     * @param daysSinceSeen {@code null} while nobody has seen the client
     */
    public record Schedule(boolean available, String message, List<ScheduleOverview.Visit> upcomingVisits,
                           List<ScheduleOverview.Contact> recentContacts, Instant lastSeenAt, Long daysSinceSeen,
                           Integer notSeenThresholdDays) {

        static final String UNAVAILABLE = "Visits and contacts cannot be shown just now: the schedule is not "
                + "answering. The team is up to date. Try again in a minute.";

        static Schedule of(ScheduleOverview overview) {
            if (overview == null) {
                return new Schedule(true, null, List.of(), List.of(), null, null, null);
            }
            return new Schedule(true, null, listOrEmpty(overview.upcomingVisits()),
                    listOrEmpty(overview.recentContacts()), overview.lastSeenAt(), overview.daysSinceSeen(),
                    overview.notSeenThresholdDays());
        }

        static Schedule unavailable() {
            return new Schedule(false, UNAVAILABLE, List.of(), List.of(), null, null, null);
        }

        private static <T> List<T> listOrEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }
}
