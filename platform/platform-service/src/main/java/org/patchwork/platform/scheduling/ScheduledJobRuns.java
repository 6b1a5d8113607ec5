package org.patchwork.platform.scheduling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutorListener;

/**
 * Counts, per job, the occurrences this instance ran and those it left to another instance that held the lock:
 * {@code patchwork.scheduled.job{job, outcome=ran|skipped}}. Across the instances of a service, the runs of a job
 * add up to one per occurrence.
 */
public class ScheduledJobRuns implements LockingTaskExecutorListener {

    public static final String METER = "patchwork.scheduled.job";

    private final MeterRegistry meters;

    public ScheduledJobRuns(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void onLockAcquired(LockConfiguration lock) {
        counter(lock, "ran").increment();
    }

    @Override
    public void onLockNotAcquired(LockConfiguration lock) {
        counter(lock, "skipped").increment();
    }

    private Counter counter(LockConfiguration lock, String outcome) {
        return Counter.builder(METER).description("Occurrences of a scheduled job, run here or left to another instance")
                .tags("job", lock.getName(), "outcome", outcome).register(meters);
    }
}
