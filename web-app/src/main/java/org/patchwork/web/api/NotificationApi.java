package org.patchwork.web.api;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/** The notification service's API as the pages use it: my alert preferences and what was sent to me. */
@HttpExchange("/api/me")
public interface NotificationApi {

    @GetExchange("/notification-preferences")
    Preferences preferences();

    /** Replaces my preferences whole. */
    @PutExchange("/notification-preferences")
    void savePreferences(@RequestBody Preferences preferences);

    /** A page of what was sent to me, newest first. */
    @GetExchange("/notifications")
    History history(@RequestParam int page, @RequestParam int size);

    /** @param channels every kind of alert with its channel: EMAIL, SMS, BOTH or NONE */
    record Preferences(Map<String, String> channels, QuietHours quietHours, boolean dailyDigest) {

        public Preferences {
            channels = channels == null ? Map.of() : channels;
        }
    }

    /** No text messages between {@code from} and {@code until}, except urgent ones. */
    record QuietHours(LocalTime from, LocalTime until, String timeZone) {

        private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

        public boolean none() {
            return from == null || from.equals(until);
        }

        public String fromText() {
            return from == null ? "" : from.format(HOURS_AND_MINUTES);
        }

        public String untilText() {
            return until == null ? "" : until.format(HOURS_AND_MINUTES);
        }
    }

    record History(List<SentAlert> items, int page, int size, long totalItems) {

        public History {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < totalItems;
        }
    }

    record SentAlert(UUID id, String kind, String channel, String subject, String status, int attempts,
                     Instant createdAt, Instant sentAt) {
    }
}
