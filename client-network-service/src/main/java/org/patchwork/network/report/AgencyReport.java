package org.patchwork.network.report;

import java.time.Instant;

import org.patchwork.platform.reporting.ReportedCount;

/**
 * How an agency's staff are doing with the clients they support, for the agency's managers and administrators:
 * aggregates only, no client or professional named, every count under 5 given as "fewer than 5".
 *
 * @param agency                          the agency the figures are about
 * @param generatedAt                     when the figures were counted
 * @param notSeenDays                     the "not seen for more than N days" of {@code clientsNotSeen}
 * @param clientsSupported                open clients with at least one current member of the agency's staff
 * @param networksLed                     open clients whose lead professional works for the agency
 * @param clientsNotSeen                  of the clients supported, those nobody has seen for more than
 *                                        {@code notSeenDays} days (never seen: counted from registration)
 * @param membershipsAwaitingConfirmation the staff's current memberships whose member was asked to confirm their
 *                                        involvement and has not answered yet
 * @param invitations                     invitations to the agency's staff made in the last twelve months
 */
record AgencyReport(String agency, Instant generatedAt, int notSeenDays, ReportedCount clientsSupported,
                    ReportedCount networksLed, ReportedCount clientsNotSeen,
                    ReportedCount membershipsAwaitingConfirmation, Invitations invitations) {

    /**
     * @param sent              made in the period
     * @param accepted          accepted
     * @param declined          declined
     * @param expired           not answered before they expired
     * @param pending           not answered yet
     * @param answeredWithinDay answered (accepted or declined) within 24 hours
     * @param answeredWithinWeek answered after a day but within 7 days
     * @param answeredLater     answered after more than 7 days
     * @param medianHoursToAnswer the median time from invitation to answer, in whole hours; null when fewer than 5
     *                          were answered (a median of so few could point at one person)
     */
    record Invitations(ReportedCount sent, ReportedCount accepted, ReportedCount declined, ReportedCount expired,
                       ReportedCount pending, ReportedCount answeredWithinDay, ReportedCount answeredWithinWeek,
                       ReportedCount answeredLater, Long medianHoursToAnswer) {
    }
}
