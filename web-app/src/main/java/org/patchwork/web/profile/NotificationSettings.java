package org.patchwork.web.profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.patchwork.web.config.ApiProblemException;
import org.patchwork.web.config.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;

/**
 * The notification service's answers about the signed-in professional: their alert preferences and what was
 * sent to them. The service learns of a professional from the directory's events, so for a moment after a
 * first sign-in it does not know them yet; pages then say so instead of failing.
 */
@Component
class NotificationSettings {

    static final String NOT_KNOWN_YET = "Your alert settings will be ready a minute or so after your first"
            + " sign-in. Try again shortly.";
    static final String UNAVAILABLE = "Alerts cannot be shown at the moment. Try again later.";

    private static final Logger log = LoggerFactory.getLogger(NotificationSettings.class);

    private final Services services;

    NotificationSettings(Services services) {
        this.services = services;
    }

    /** My preferences, or why they cannot be shown. */
    Answer<AlertPreferences.View> preferences() {
        return ask(() -> services.notification().get().uri("/api/me/notification-preferences").retrieve()
                .body(AlertPreferences.View.class));
    }

    void save(Map<String, Object> preferences) {
        services.notification().put().uri("/api/me/notification-preferences").body(preferences).retrieve()
                .toBodilessEntity();
    }

    Answer<History> history(int page, int size) {
        return ask(() -> services.notification().get()
                .uri(uri -> uri.path("/api/me/notifications").queryParam("page", page).queryParam("size", size).build())
                .retrieve().body(History.class));
    }

    private static <T> Answer<T> ask(java.util.function.Supplier<T> call) {
        try {
            return new Answer<>(call.get(), null);
        } catch (ApiProblemException refused) {
            if (refused.status() == 404) {
                return new Answer<>(null, NOT_KNOWN_YET);
            }
            if (refused.status() < 500) {
                throw refused;
            }
            log.warn("The notification service answered {}", refused.getMessage());
            return new Answer<>(null, UNAVAILABLE);
        } catch (ResourceAccessException unreachable) {
            log.warn("The notification service could not be reached: {}", unreachable.getMessage());
            return new Answer<>(null, UNAVAILABLE);
        }
    }

    /** What the service answered, or, when it could not, a sentence saying why for the page. */
    record Answer<T>(T value, String unavailable) {

        boolean available() {
            return value != null;
        }
    }

    /** {@code GET /api/me/notifications}: a page of what was sent to me, newest first. */
    record History(List<Item> items, int page, int size, long totalItems) {

        History {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < totalItems;
        }
    }

    record Item(UUID id, String kind, String channel, String subject, String status, int attempts,
                Instant createdAt, Instant sentAt) {

        public String kindLabel() {
            return AlertLabels.kind(kind);
        }

        public String channelLabel() {
            return AlertLabels.channel(channel);
        }

        public AlertLabels.Status statusTag() {
            return AlertLabels.status(status);
        }
    }
}
