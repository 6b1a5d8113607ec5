package org.patchwork.schedule.summary;

import java.time.Instant;
import java.util.UUID;

import org.patchwork.schedule.contact.ContactChannel;
import org.patchwork.schedule.contact.ContactOutcome;
import org.patchwork.schedule.visit.VisitKind;

/**
 * The practitioners' priorities 2 and 3 in one answer: who visits next and when, who was last in contact and
 * how, and how many days since anyone saw the client ({@code null} parts: none yet).
 *
 * @param unseenSince when someone last saw the client or, while nobody has, when the network began: what a
 *                    caseload is sorted by, longest unseen first
 */
public record ScheduleSummary(UUID clientId, String clientInitials, NextVisit nextVisit, LastContact lastContact,
                              Instant lastSeenAt, Long daysSinceSeen, Instant unseenSince) {

    public record NextVisit(UUID visitId, UUID professionalId, String name, String agency, VisitKind kind,
                            Instant startsAt, Instant endsAt) {
    }

    public record LastContact(UUID contactId, UUID professionalId, String name, String agency, Instant contactedAt,
                              ContactChannel channel, ContactOutcome outcome) {
    }
}
