package org.patchwork.web.config;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The GOV.UK date input: day, month and year typed separately. */
public record DateFields(String day, String month, String year) {

    public DateFields {
        day = day == null ? "" : day;
        month = month == null ? "" : month;
        year = year == null ? "" : year;
    }

    public static DateFields empty() {
        return new DateFields("", "", "");
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, or null when the fields do not make one. */
    public LocalDate toDate() {
        try {
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
