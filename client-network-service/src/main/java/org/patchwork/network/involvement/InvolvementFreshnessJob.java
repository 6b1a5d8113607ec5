package org.patchwork.network.involvement;

import java.util.function.IntSupplier;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every quarter of an hour, on one instance of the service: lapses the memberships whose legal basis's review date
 * passed, and those whose member did not confirm within the grace period; then asks the members due to confirm and
 * reminds those whose review date is near. Each step in batches, each batch its own transaction.
 */
@Component
class InvolvementFreshnessJob {

    private static final Logger log = LoggerFactory.getLogger(InvolvementFreshnessJob.class);

    private final InvolvementService involvement;

    InvolvementFreshnessJob(InvolvementService involvement) {
        this.involvement = involvement;
    }

    @Scheduled(cron = "${patchwork.network.involvement.check-cron:0 */15 * * * *}")
    @SchedulerLock(name = "involvement-freshness", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    void keepInvolvementFresh() {
        inBatches("memberships lapsed: review date passed", involvement::lapsePassedReviews);
        inBatches("memberships lapsed: not confirmed", involvement::lapseUnconfirmed);
        inBatches("members asked to confirm their involvement", involvement::requestDueConfirmations);
        inBatches("members reminded of a legal basis's review date", involvement::remindDueReviews);
    }

    private static void inBatches(String what, IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done == InvolvementService.BATCH);
        if (total > 0) {
            log.info("{}: {}", what, total);
        }
    }
}
