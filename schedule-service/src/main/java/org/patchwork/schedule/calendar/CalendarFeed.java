package org.patchwork.schedule.calendar;

import java.time.Instant;

/** A secret calendar URL, shown once: only its owner should ever see it. */
public record CalendarFeed(String url, Instant createdAt) {
}
