package org.patchwork.network.overview;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/** When the schedule fails, is slow or its circuit is open, the caller is answered without it. */
@Component
class ScheduleClientFallback implements FallbackFactory<ScheduleClient> {

    private static final Logger log = LoggerFactory.getLogger(ScheduleClientFallback.class);

    @Override
    public ScheduleClient create(Throwable cause) {
        if (cause instanceof CallNotPermittedException) {
            // The failures that opened the circuit were logged; each call turned away while it is open is not.
            log.debug("The schedule is not asked while its circuit is open");
        } else {
            log.warn("The schedule did not answer: {}", cause.toString());
        }
        return (bearer, clientId) -> {
            throw new ScheduleUnavailable(cause);
        };
    }

    /** The schedule could not be asked; the answer goes out without it and says so. */
    static final class ScheduleUnavailable extends RuntimeException {

        ScheduleUnavailable(Throwable cause) {
            super("The schedule is not answering", cause);
        }
    }
}
