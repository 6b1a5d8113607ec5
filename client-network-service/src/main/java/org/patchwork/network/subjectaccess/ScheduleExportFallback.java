package org.patchwork.network.subjectaccess;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/**
 * When the schedule fails, is slow, answers 404 or its circuit is open, there is no export: one without the visits
 * and contacts would tell the client less than Patchwork holds.
 */
@Component
class ScheduleExportFallback implements FallbackFactory<ScheduleExportClient> {

    private static final Logger log = LoggerFactory.getLogger(ScheduleExportFallback.class);

    @Override
    public ScheduleExportClient create(Throwable cause) {
        log.warn("The schedule did not answer for a subject access export: {}", cause.toString());
        return (bearer, clientId) -> {
            throw new ScheduleUnavailable(cause);
        };
    }

    /** The schedule could not be asked for its part. */
    static final class ScheduleUnavailable extends RuntimeException {

        ScheduleUnavailable(Throwable cause) {
            super("The schedule is not answering", cause);
        }
    }
}
