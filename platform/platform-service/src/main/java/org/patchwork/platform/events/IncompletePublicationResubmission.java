package org.patchwork.platform.events;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Hands Kafka again the publications it has not taken, on one instance per occurrence: every instance schedules
 * this task, and the one that takes the lock {@value #LOCK} resubmits while the others skip. Resubmitted by two
 * instances at once, a publication would reach its consumers twice (they would skip the copy, at a cost) and, more
 * to the point, publications would be resubmitted once per instance instead of once per interval. The lock is held
 * for nine tenths of the interval at least, so that another instance's timer, drifting against this one's, finds it
 * held within the same interval; and for {@value #AT_MOST_MINUTES} minutes (or the interval, if longer) at most, so
 * an instance that dies mid-resubmission hands the task on.
 */
class IncompletePublicationResubmission implements Runnable {

    static final String LOCK = "event-publication-resubmission";
    static final int AT_MOST_MINUTES = 5;

    private final IncompleteEventPublications publications;
    private final LockingTaskExecutor locks;
    private final Duration olderThan;
    private final Duration lockAtLeastFor;
    private final Duration lockAtMostFor;

    IncompletePublicationResubmission(IncompleteEventPublications publications, LockingTaskExecutor locks,
                                      EventsProperties properties) {
        this.publications = publications;
        this.locks = locks;
        this.olderThan = properties.resubmitOlderThan();
        this.lockAtLeastFor = properties.resubmitEvery().multipliedBy(9).dividedBy(10);
        Duration atMost = Duration.ofMinutes(AT_MOST_MINUTES);
        this.lockAtMostFor = properties.resubmitEvery().compareTo(atMost) > 0 ? properties.resubmitEvery() : atMost;
    }

    @Override
    public void run() {
        Runnable resubmit = () -> publications.resubmitIncompletePublicationsOlderThan(olderThan);
        locks.executeWithLock(resubmit, new LockConfiguration(Instant.now(), LOCK, lockAtMostFor, lockAtLeastFor));
    }
}
