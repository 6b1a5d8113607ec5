package org.patchwork.web.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.patchwork.web.config.DateFields;

/** A date and a time of day as practitioners type them, in UK time. */
record TimeFields(DateFields date, String time) {

    static final ZoneId UK = ZoneId.of("Europe/London");

    TimeFields {
        date = date == null ? DateFields.empty() : date;
        time = time == null ? "" : time.trim();
    }

    /** The moment, or null when the fields do not make one. */
    Instant toInstant() {
        LocalDate day = date.toDate();
        if (day == null) {
            return null;
        }
        try {
            return day.atTime(LocalTime.parse(time.length() == 4 ? "0" + time : time)).atZone(UK).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
