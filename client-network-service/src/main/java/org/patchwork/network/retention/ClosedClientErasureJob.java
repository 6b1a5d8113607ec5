package org.patchwork.network.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, on one instance of the service: erases the clients closed longer than the retention period. */
@Component
class ClosedClientErasureJob {

    private static final Logger log = LoggerFactory.getLogger(ClosedClientErasureJob.class);

    private final ClientErasure erasure;

    ClosedClientErasureJob(ClientErasure erasure) {
        this.erasure = erasure;
    }

    @Scheduled(cron = "${patchwork.retention.erase-cron:0 40 2 * * *}")
    @SchedulerLock(name = "closed-client-erasure", lockAtLeastFor = "PT1M", lockAtMostFor = "PT2H")
    void eraseClosedClientsPastRetention() {
        int total = 0;
        int erased;
        do {
            erased = erasure.eraseDue();
            total += erased;
        } while (erased == ClientErasure.BATCH);
        if (total > 0) {
            log.info("clients' records erased after the retention period: {}", total);
        }
    }
}
