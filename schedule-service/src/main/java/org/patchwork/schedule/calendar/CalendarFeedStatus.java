package org.patchwork.schedule.calendar;

import java.time.Instant;

/**
 * Whether I have a secret calendar URL and since when. The URL itself is not shown again: only its hash is kept.
 *
 * @param createdAt {@code null} when there is none
 */
public record CalendarFeedStatus(boolean active, Instant createdAt) {
}
