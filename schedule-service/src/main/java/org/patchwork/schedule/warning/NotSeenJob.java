package org.patchwork.schedule.warning;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks once a day, on one instance of the service, for clients nobody has seen for too long. */
@Component
class NotSeenJob {

    private static final Logger log = LoggerFactory.getLogger(NotSeenJob.class);

    private final NotSeenWarnings warnings;

    NotSeenJob(NotSeenWarnings warnings) {
        this.warnings = warnings;
    }

    @Scheduled(cron = "${patchwork.schedule.not-seen-check-cron:0 0 6 * * *}",
            zone = "${patchwork.schedule.zone:Europe/London}")
    @SchedulerLock(name = "not-seen-check", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void checkNotSeen() {
        int warned = warnings.check();
        if (warned > 0) {
            log.info("{} clients not seen for longer than their threshold", warned);
        }
    }
}
