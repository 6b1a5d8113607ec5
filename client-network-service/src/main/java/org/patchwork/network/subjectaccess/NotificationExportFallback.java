package org.patchwork.network.subjectaccess;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/**
 * When the notification service fails, is slow, answers 404 or its circuit is open, there is no export: one without
 * the alerts would tell the client less than Patchwork holds.
 */
@Component
class NotificationExportFallback implements FallbackFactory<NotificationExportClient> {

    private static final Logger log = LoggerFactory.getLogger(NotificationExportFallback.class);

    @Override
    public NotificationExportClient create(Throwable cause) {
        log.warn("The notification service did not answer for a subject access export: {}", cause.toString());
        return (bearer, clientId) -> {
            throw new NotificationUnavailable(cause);
        };
    }

    /** The notification service could not be asked for its part. */
    static final class NotificationUnavailable extends RuntimeException {

        NotificationUnavailable(Throwable cause) {
            super("The notification service is not answering", cause);
        }
    }
}
