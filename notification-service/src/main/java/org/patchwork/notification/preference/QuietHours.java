package org.patchwork.notification.preference;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The part of the day when a professional gets no SMS unless it is urgent, in their own time zone. The window
 * may cross midnight (21:00–07:00); {@code from == until} means no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime until, ZoneId timeZone) {

    public boolean contains(Instant at) {
        LocalTime time = at.atZone(timeZone).toLocalTime();
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** {@code at} itself outside quiet hours, otherwise the moment they end. */
    public Instant nextAllowed(Instant at) {
        if (!contains(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(timeZone);
        ZonedDateTime end = local.toLocalDate().atTime(until).atZone(timeZone);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
