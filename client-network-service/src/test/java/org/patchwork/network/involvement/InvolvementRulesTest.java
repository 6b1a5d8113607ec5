package org.patchwork.network.involvement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.network.membership.LegalBasis;
import org.patchwork.network.membership.NetworkRole;

import static org.assertj.core.api.Assertions.assertThat;

class InvolvementRulesTest {

    private static final Instant JOINED = Instant.parse("2026-09-01T10:00:00Z");
    private static final Duration GRACE = Duration.ofDays(14);
    private static final Duration REMIND = Duration.ofDays(14);

    @Test
    void theConfirmationPeriodRunsFromTheLastConfirmationOrElseFromJoining() {
        assertThat(InvolvementRules.confirmationDueAt(involvement(null, null, null), Duration.ofDays(90)))
                .isEqualTo(JOINED.plus(Duration.ofDays(90)));
        Instant confirmed = Instant.parse("2026-11-01T08:00:00Z");
        assertThat(InvolvementRules.confirmationDueAt(involvement(confirmed, null, null), Duration.ofDays(90)))
                .isEqualTo(confirmed.plus(Duration.ofDays(90)));
    }

    @Test
    void aMembershipLapsesAtTheEarlierOfTheGracePeriodsEndAndTheDayAfterItsReviewDate() {
        Instant asked = Instant.parse("2026-12-01T09:00:00Z");
        assertThat(InvolvementRules.lapsesAt(involvement(null, null, null), GRACE)).isNull();
        assertThat(InvolvementRules.lapsesAt(involvement(null, asked, null), GRACE)).isEqualTo(asked.plus(GRACE));
        assertThat(InvolvementRules.lapsesAt(involvement(null, null, LocalDate.of(2026, 12, 10)), GRACE))
                .isEqualTo(Instant.parse("2026-12-11T00:00:00Z"));
        assertThat(InvolvementRules.lapsesAt(involvement(null, asked, LocalDate.of(2026, 12, 10)), GRACE))
                .isEqualTo(Instant.parse("2026-12-11T00:00:00Z"));
        assertThat(InvolvementRules.lapsesAt(involvement(null, asked, LocalDate.of(2027, 1, 31)), GRACE))
                .isEqualTo(asked.plus(GRACE));
    }

    @Test
    void aMemberIsOverdueWhenAskedAndNotAnsweredOrWhenTheReviewIsWithinTheReminderPeriod() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(InvolvementRules.overdue(involvement(null, null, null), today, REMIND)).isFalse();
        assertThat(InvolvementRules.overdue(involvement(null, Instant.parse("2026-11-30T09:00:00Z"), null), today,
                REMIND)).isTrue();
        assertThat(InvolvementRules.overdue(involvement(null, null, today.plusDays(15)), today, REMIND)).isFalse();
        assertThat(InvolvementRules.overdue(involvement(null, null, today.plusDays(14)), today, REMIND)).isTrue();
        assertThat(InvolvementRules.reviewDue(involvement(null, null, today.minusDays(1)), today, REMIND)).isTrue();
    }

    private static Involvement involvement(Instant confirmedAt, Instant requestedAt, LocalDate reviewDate) {
        return new Involvement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "lichfield-dc",
                NetworkRole.MEMBER, LegalBasis.CONSENT, reviewDate, JOINED, confirmedAt, requestedAt, null, null);
    }
}
