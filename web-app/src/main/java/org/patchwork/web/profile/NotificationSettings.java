package org.patchwork.web.profile;

import java.util.function.Supplier;

import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.NotificationApi;
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

    private final NotificationApi notification;

    NotificationSettings(NotificationApi notification) {
        this.notification = notification;
    }

    /** My preferences, or why they cannot be shown. */
    Answer<AlertPreferences.View> preferences() {
        return ask(() -> AlertPreferences.View.of(notification.preferences()));
    }

    void save(NotificationApi.Preferences preferences) {
        notification.savePreferences(preferences);
    }

    Answer<NotificationApi.History> history(int page, int size) {
        return ask(() -> notification.history(page, size));
    }

    private static <T> Answer<T> ask(Supplier<T> call) {
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

    /** One alert sent to me, as the history page reads it. */
    record Item(NotificationApi.SentAlert alert) {

        public String kindLabel() {
            return AlertLabels.kind(alert.kind());
        }

        public String channelLabel() {
            return AlertLabels.channel(alert.channel());
        }

        public AlertLabels.Status statusTag() {
            return AlertLabels.status(alert.status());
        }
    }
}
