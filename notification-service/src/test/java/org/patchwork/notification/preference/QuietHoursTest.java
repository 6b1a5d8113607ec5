package org.patchwork.notification.preference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final QuietHours overnight = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0), LONDON);

    private static Instant london(String date, int hour, int minute) {
        return LocalDate.parse(date).atTime(hour, minute).atZone(LONDON).toInstant();
    }

    @Test
    void anOvernightWindowHoldsTextsUntilMorning() {
        assertThat(overnight.nextAllowed(london("2026-07-01", 23, 30))).isEqualTo(london("2026-07-02", 7, 0));
        assertThat(overnight.nextAllowed(london("2026-07-02", 3, 0))).isEqualTo(london("2026-07-02", 7, 0));
        assertThat(overnight.nextAllowed(london("2026-07-01", 21, 0))).isEqualTo(london("2026-07-02", 7, 0));
    }

    @Test
    void daytimeIsNotQuiet() {
        Instant noon = london("2026-07-01", 12, 0);
        assertThat(overnight.contains(noon)).isFalse();
        assertThat(overnight.nextAllowed(noon)).isEqualTo(noon);
        assertThat(overnight.contains(london("2026-07-01", 7, 0))).isFalse();
    }

    @Test
    void quietHoursFollowLocalTimeAcrossTheClockChange() {
        // 29 March 2026: the UK moves to BST; 07:00 local is 06:00 UTC.
        assertThat(overnight.nextAllowed(london("2026-03-28", 22, 0))).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void aDaytimeWindowAndNoWindowWorkToo() {
        QuietHours afternoon = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0), LONDON);
        assertThat(afternoon.nextAllowed(london("2026-07-01", 13, 30))).isEqualTo(london("2026-07-01", 14, 0));
        QuietHours none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, LONDON);
        assertThat(none.contains(london("2026-07-01", 3, 0))).isFalse();
    }
}
