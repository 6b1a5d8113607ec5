package org.patchwork.network.involvement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When a membership must be confirmed, when it lapses and whether it is overdue, decided from its dates alone.
 * Days are UTC days: a review date is the last day the basis holds, and the membership lapses as the next begins.
 */
final class InvolvementRules {

    private InvolvementRules() {
    }

    /** When the member is next asked whether they are still involved. */
    static Instant confirmationDueAt(Involvement involvement, Duration confirmEvery) {
        return involvement.lastConfirmedAt().plus(confirmEvery);
    }

    /** The moment a legal basis reviewed on {@code reviewDate} stops holding. */
    static Instant reviewLapsesAt(LocalDate reviewDate) {
        return reviewDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** When the membership lapses unless its member acts; {@code null} when nothing is pending. */
    static Instant lapsesAt(Involvement involvement, Duration gracePeriod) {
        Instant unconfirmed = involvement.confirmationRequestedAt() == null ? null
                : involvement.confirmationRequestedAt().plus(gracePeriod);
        Instant reviewPassed = involvement.reviewDate() == null ? null : reviewLapsesAt(involvement.reviewDate());
        if (unconfirmed == null) {
            return reviewPassed;
        }
        return reviewPassed == null || unconfirmed.isBefore(reviewPassed) ? unconfirmed : reviewPassed;
    }

    /** The review date is near enough (or past) for its member to be reminded to renew it. */
    static boolean reviewDue(Involvement involvement, LocalDate today, Duration remindBefore) {
        return involvement.reviewDate() != null
                && !involvement.reviewDate().isAfter(today.plusDays(remindBefore.toDays()));
    }

    /** The member owes an answer: asked to confirm and not yet answered, or their basis's review is due. */
    static boolean overdue(Involvement involvement, LocalDate today, Duration remindBefore) {
        return involvement.confirmationRequestedAt() != null || reviewDue(involvement, today, remindBefore);
    }
}
