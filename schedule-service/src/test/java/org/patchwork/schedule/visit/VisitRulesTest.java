package org.patchwork.schedule.visit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.problem.PatchworkException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitRulesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final UUID CLIENT = UUID.randomUUID();

    @Test
    void aVisitIsScheduledInTheFutureOnly() {
        assertThatCode(() -> VisitRules.requireInTheFuture(NOW.plusSeconds(60), NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> VisitRules.requireInTheFuture(NOW.minusSeconds(1), NOW))
                .isInstanceOf(PatchworkException.class).extracting("type").isEqualTo("visit-in-the-past");
    }

    @Test
    void theVisitorTheSchedulerAndTheLeadMayChangeAVisit() {
        UUID visitor = UUID.randomUUID();
        UUID scheduler = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        Visit visit = visit(visitor, scheduler, "nhs", NOW.plus(Duration.ofDays(1)), VisitStatus.SCHEDULED);

        assertThat(VisitRules.mayChange(visit, visitor, lead)).isTrue();
        assertThat(VisitRules.mayChange(visit, scheduler, lead)).isTrue();
        assertThat(VisitRules.mayChange(visit, lead, lead)).isTrue();
        assertThat(VisitRules.mayChange(visit, UUID.randomUUID(), lead)).isFalse();
        assertThat(VisitRules.mayChange(visit, UUID.randomUUID(), null)).isFalse();
    }

    @Test
    void onlyAScheduledVisitChangesAndItsOutcomeComesOnceItHasStarted() {
        Visit tomorrow = visit(UUID.randomUUID(), UUID.randomUUID(), "nhs", NOW.plus(Duration.ofDays(1)),
                VisitStatus.SCHEDULED);
        Visit earlier = visit(UUID.randomUUID(), UUID.randomUUID(), "nhs", NOW.minusSeconds(600), VisitStatus.SCHEDULED);
        Visit cancelled = visit(UUID.randomUUID(), UUID.randomUUID(), "nhs", NOW.plus(Duration.ofDays(1)),
                VisitStatus.CANCELLED);

        assertThatThrownBy(() -> VisitRules.requireAllowed(tomorrow, change(VisitAction.COMPLETE), NOW))
                .extracting("type").isEqualTo("visit-not-started");
        assertThatCode(() -> VisitRules.requireAllowed(earlier, change(VisitAction.NO_ACCESS), NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> VisitRules.requireAllowed(cancelled, change(VisitAction.COMPLETE), NOW))
                .extracting("type").isEqualTo("conflict");
        assertThatThrownBy(() -> VisitRules.requireAllowed(tomorrow, change(VisitAction.CANCEL), NOW))
                .extracting("type").isEqualTo("invalid-request");
        assertThatThrownBy(() -> VisitRules.requireAllowed(tomorrow, change(VisitAction.RESCHEDULE), NOW))
                .extracting("type").isEqualTo("invalid-request");
        assertThatThrownBy(() -> VisitRules.requireAllowed(tomorrow,
                new ChangeVisit(VisitAction.RESCHEDULE, NOW.minusSeconds(1), null, null), NOW))
                .extracting("type").isEqualTo("visit-in-the-past");
    }

    @Test
    void differentAgenciesOnTheSameLocalDayClash() {
        Instant lateEvening = Instant.parse("2026-07-01T23:30:00Z");
        Visit nurse = visit(UUID.randomUUID(), UUID.randomUUID(), "nhs", Instant.parse("2026-07-01T09:00:00Z"),
                VisitStatus.SCHEDULED);
        Visit fire = visit(UUID.randomUUID(), UUID.randomUUID(), "fire", Instant.parse("2026-07-01T15:00:00Z"),
                VisitStatus.SCHEDULED);
        Visit nhsColleague = visit(UUID.randomUUID(), UUID.randomUUID(), "nhs", Instant.parse("2026-07-01T15:00:00Z"),
                VisitStatus.SCHEDULED);
        Visit afterLondonMidnight = visit(UUID.randomUUID(), UUID.randomUUID(), "fire", lateEvening,
                VisitStatus.SCHEDULED);
        Visit cancelledFire = visit(UUID.randomUUID(), UUID.randomUUID(), "fire", Instant.parse("2026-07-01T15:00:00Z"),
                VisitStatus.CANCELLED);

        assertThat(VisitRules.clash(nurse, fire, LONDON)).isTrue();
        assertThat(VisitRules.clash(nurse, nhsColleague, LONDON)).isFalse();
        assertThat(VisitRules.clash(nurse, afterLondonMidnight, LONDON)).as("00:30 BST is the next day").isFalse();
        assertThat(VisitRules.clash(nurse, afterLondonMidnight, ZoneId.of("UTC"))).isTrue();
        assertThat(VisitRules.clash(nurse, cancelledFire, LONDON)).isFalse();
        assertThat(VisitRules.clash(nurse, nurse, LONDON)).isFalse();
    }

    @Test
    void aVisitBecomesAContactOnTheChannelItsKindSays() {
        assertThat(VisitKind.HOME_VISIT.contactChannel().name()).isEqualTo("HOME_VISIT");
        assertThat(VisitKind.SCHOOL.contactChannel().name()).isEqualTo("SCHOOL_OR_OFFICE_MEETING");
        assertThat(VisitKind.OFFICE.contactChannel().name()).isEqualTo("SCHOOL_OR_OFFICE_MEETING");
        assertThat(VisitKind.CLINIC.contactChannel().name()).isEqualTo("OTHER");
    }

    private static ChangeVisit change(VisitAction action) {
        return new ChangeVisit(action, null, null, null);
    }

    private static Visit visit(UUID visitor, UUID scheduler, String agency, Instant startsAt, VisitStatus status) {
        return new Visit(UUID.randomUUID(), CLIENT, visitor, agency, VisitKind.HOME_VISIT, startsAt, 45, "Check-in",
                status, null, scheduler, NOW, NOW);
    }
}
