package org.patchwork.notification.preference;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesRulesTest {

    private static final QuietHours NIGHTS = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0),
            ZoneId.of("Europe/London"));
    private static final Instant MIDNIGHT_IN_JULY = Instant.parse("2026-07-01T23:00:00Z");
    private static final Instant MORNING = Instant.parse("2026-07-02T06:00:00Z");

    @Test
    void defaultsAreEmailWithSmsAlsoForUrgentKinds() {
        Preferences defaults = Preferences.defaults(NIGHTS);
        assertThat(defaults.channelFor(AlertKind.ATTENTION)).isEqualTo(ChannelChoice.EMAIL);
        assertThat(defaults.channelFor(AlertKind.URGENT_ATTENTION)).isEqualTo(ChannelChoice.BOTH);
        assertThat(defaults.channelFor(AlertKind.NO_ACCESS)).isEqualTo(ChannelChoice.BOTH);
        assertThat(defaults.channels()).doesNotContainKey(AlertKind.DAILY_DIGEST);
    }

    @Test
    void aNonUrgentTextWaitsForTheMorningButAnUrgentOneGoesNow() {
        Preferences both = new Preferences(Map.of(AlertKind.ATTENTION, ChannelChoice.BOTH), NIGHTS, false);
        assertThat(both.plan(AlertKind.ATTENTION, MIDNIGHT_IN_JULY)).containsExactly(
                new PlannedDelivery(Channel.EMAIL, false, MIDNIGHT_IN_JULY),
                new PlannedDelivery(Channel.SMS, false, MORNING));
        assertThat(both.plan(AlertKind.URGENT_ATTENTION, MIDNIGHT_IN_JULY)).contains(
                new PlannedDelivery(Channel.SMS, false, MIDNIGHT_IN_JULY));
    }

    @Test
    void onlyLowPriorityEmailWaitsForTheDigest() {
        Preferences digest = new Preferences(Map.of(AlertKind.MEMBER_JOINED, ChannelChoice.BOTH), NIGHTS, true);
        assertThat(digest.plan(AlertKind.MEMBER_JOINED, MORNING)).containsExactly(
                new PlannedDelivery(Channel.EMAIL, true, MORNING), new PlannedDelivery(Channel.SMS, false, MORNING));
        assertThat(digest.plan(AlertKind.ATTENTION, MORNING)).containsExactly(
                new PlannedDelivery(Channel.EMAIL, false, MORNING));
    }

    @Test
    void noneMeansNothing() {
        Preferences none = new Preferences(Map.of(AlertKind.VISIT_CHANGED, ChannelChoice.NONE), NIGHTS, false);
        assertThat(none.plan(AlertKind.VISIT_CHANGED, MORNING)).isEmpty();
    }
}
