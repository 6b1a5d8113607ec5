package org.patchwork.schedule.calendar;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.patchwork.schedule.visit.VisitKind;
import org.patchwork.schedule.visit.VisitStatus;
import org.patchwork.schedule.visit.VisitView;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarRendererTest {

    static final Instant START = Instant.parse("2026-12-01T09:30:00Z");

    @Test
    void visitsBecomeAValidCalendarWithInitialsAndNoPurpose() throws Exception {
        UUID scheduled = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        String ics = CalendarRenderer.render(List.of(view(scheduled, VisitKind.HOME_VISIT, VisitStatus.SCHEDULED),
                view(cancelled, VisitKind.SCHOOL, VisitStatus.CANCELLED)));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        assertThat(calendar.validate().getEntries()).isEmpty();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.getFirst();
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo(scheduled + "@schedule.patchwork");
        assertThat(first.getSummary().getValue()).isEqualTo("Home visit – J.S.");
        assertThat(first.getDateTimeStart().getValue()).isEqualTo("20261201T093000Z");
        assertThat(first.getDateTimeEnd().getValue()).isEqualTo("20261201T101500Z");
        assertThat(events.get(1).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(ics).doesNotContain("Bring the smoke alarm").contains("PRODID:-//Patchwork//Schedule service//EN");
    }

    @Test
    void aProfessionalWithoutVisitsGetsAnEmptyCalendarTheirAppCanStillRead() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(CalendarRenderer.render(List.of())));

        assertThat(calendar.getComponents("VEVENT")).isEmpty();
    }

    @Test
    void feedTokensAreLongRandomAndStoredOnlyAsHashes() {
        String token = FeedTokens.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(FeedTokens.newToken()).isNotEqualTo(token);
        assertThat(FeedTokens.looksLikeAToken(token)).isTrue();
        assertThat(FeedTokens.looksLikeAToken("short")).isFalse();
        assertThat(FeedTokens.hash(token)).hasSize(64).isEqualTo(FeedTokens.hash(token)).doesNotContain(token);
    }

    private static VisitView view(UUID id, VisitKind kind, VisitStatus status) {
        return new VisitView(id, UUID.randomUUID(), "J.S.", UUID.randomUUID(), "Sample Nurse", "nhs", "Nurse", kind,
                START, START.plusSeconds(45 * 60), 45, "Bring the smoke alarm", status, null, UUID.randomUUID());
    }
}
