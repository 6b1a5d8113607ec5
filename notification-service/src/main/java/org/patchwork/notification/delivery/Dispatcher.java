package org.patchwork.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.patchwork.notification.config.NotificationProperties;
import org.patchwork.notification.preference.Channel;
import org.patchwork.notification.professional.Professional;
import org.patchwork.notification.professional.ProfessionalRepository;
import org.patchwork.platform.security.standing.DirectoryStanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: claims due notifications ({@code FOR UPDATE SKIP LOCKED}, so several instances
 * share the work), hands each to its provider within a timeout, and records the outcome: SENT; FAILED with the
 * next attempt after an exponential, jittered back-off; or DEAD when retrying cannot help or has gone on too
 * long. A notification whose dispatcher died mid-send is taken again once its lease runs out; like one whose
 * provider did not answer in time, it may have been delivered, which its provider is asked first where it can tell.
 */
@Component
public class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration THROTTLED_RETRY = Duration.ofSeconds(1);
    /** How long a stop waits for the poller to hand over what it claimed (it is interrupted first). */
    private static final Duration POLLER_STOPS_WITHIN = Duration.ofSeconds(2);
    /** Beyond the provider's timeout, for a worker to record what the provider answered. */
    private static final Duration RECORDING_TAKES = Duration.ofSeconds(2);

    private final NotificationRepository notifications;
    private final ProfessionalRepository professionals;
    private final DirectoryStanding standing;
    private final EmailProvider email;
    private final SmsProvider sms;
    private final BoundedCalls calls;
    private final NotificationProperties.Dispatch settings;
    private final Backoff backoff;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer handOffLatency;
    private final DeliveryTracing tracing;
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private Thread poller;
    private ThreadPoolExecutor workers;
    /** Claimed notifications waiting for a worker. */
    private BlockingQueue<Runnable> waiting;
    /** One permit per notification that may be claimed and not yet delivered: two per worker. */
    private Semaphore slots;

    Dispatcher(NotificationRepository notifications, ProfessionalRepository professionals, DirectoryStanding standing,
               EmailProvider email, SmsProvider sms, BoundedCalls calls, NotificationProperties properties, Clock clock,
               MeterRegistry meters, DeliveryTracing tracing) {
        this.notifications = notifications;
        this.tracing = tracing;
        this.professionals = professionals;
        this.standing = standing;
        this.email = email;
        this.sms = sms;
        this.calls = calls;
        this.settings = properties.dispatch();
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), settings.jitter());
        this.clock = clock;
        this.meters = meters;
        this.handOffLatency = Timer.builder("patchwork.notifications.hand-off")
                .description("From the event happening to the provider accepting its notification")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
        meters.gauge("patchwork.notifications.dead", notifications, NotificationRepository::countDead);
        meters.gauge("patchwork.notifications.waiting", notifications, NotificationRepository::countWaiting);
    }

    /** Looks for due notifications now rather than at the next poll (new ones were just recorded). */
    public void wakeUp() {
        wakeUp.release();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        slots = new Semaphore(settings.workers() * 2);
        waiting = new LinkedBlockingQueue<>();
        workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS, waiting,
                Thread.ofPlatform().name("dispatch-worker-", 0).daemon().factory());
        poller = Thread.ofPlatform().name("dispatcher").daemon().start(this::pollUntilStopped);
    }

    /**
     * Stopped with the Kafka listener containers, in their phase, so that both stop together within one
     * {@code spring.lifecycle.timeout-per-shutdown-phase} rather than one after the other.
     */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE;
    }

    @Override
    public void stop() {
        CountDownLatch stopped = new CountDownLatch(1);
        stop(stopped::countDown);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops taking work at once and lets the context go on stopping its other parts meanwhile: the poller is
     * interrupted (even while it waits for a database connection), notifications claimed and not yet started are put
     * back for the next instance to take at once, and the calls already with a provider are given up to
     * {@code dispatch.provider-timeout} to be answered and recorded. {@code callback} runs when that is done.
     */
    @Override
    public synchronized void stop(Runnable callback) {
        if (!running) {
            callback.run();
            return;
        }
        running = false;
        Thread poller = this.poller;
        ThreadPoolExecutor workers = this.workers;
        BlockingQueue<Runnable> waiting = this.waiting;
        poller.interrupt();
        Thread.ofPlatform().name("dispatcher-stop").daemon().start(() -> {
            try {
                poller.join(POLLER_STOPS_WITHIN);
                List<Runnable> notStarted = new ArrayList<>();
                waiting.drainTo(notStarted);
                workers.shutdown();
                putBack(notStarted);
                if (!workers.awaitTermination(settings.providerTimeout().plus(RECORDING_TAKES).toMillis(),
                        TimeUnit.MILLISECONDS)) {
                    log.warn("Stopping with provider calls still unanswered; their notifications are taken again"
                            + " after their lease, the provider asked first where it can tell");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                callback.run();
            }
        });
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Claimed notifications that no worker started: due again now, untried, for this or another instance. */
    private void putBack(List<Runnable> notStarted) {
        Instant now = clock.instant();
        for (Runnable task : notStarted) {
            if (task instanceof Delivery delivery) {
                try {
                    notifications.release(delivery.notification().id(), now);
                } catch (RuntimeException e) {
                    log.warn("Could not put notification {} back; it is taken again after its lease",
                            delivery.notification().id(), e);
                } finally {
                    delivery.slots().release();
                }
            }
        }
    }

    /**
     * Claims due notifications as workers become free, so that one slow call does not hold up the others: at most
     * two per worker are claimed and not yet delivered (a claimed notification does not wait long, its lease
     * running), and claims are made once at least half of those places are free, to keep them few.
     */
    private void pollUntilStopped() {
        while (running) {
            try {
                wakeUp.drainPermits();
                int free = slots.availablePermits();
                int wanted = Math.min(free, settings.batchSize());
                int claimed = free >= settings.workers() ? dispatchDue(wanted) : 0;
                if (claimed < wanted || free < settings.workers()) {
                    wakeUp.tryAcquire(settings.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Dispatching failed; trying again at the next poll", e);
                sleepQuietly(settings.pollEvery());
            }
        }
    }

    /** Claims up to {@code limit} due notifications and hands them to the workers; returns how many it claimed. */
    private int dispatchDue(int limit) {
        Semaphore slots = this.slots;
        slots.acquireUninterruptibly(limit);
        List<OutgoingNotification> due = List.of();
        try {
            Instant now = clock.instant();
            due = notifications.claimDue(now, now.plus(settings.lease()), limit);
        } finally {
            slots.release(limit - due.size());
        }
        Map<UUID, Professional> recipients;
        try {
            recipients = professionals.findAllById(due.stream().map(OutgoingNotification::recipientId).distinct()
                    .toList());
        } catch (RuntimeException e) {
            putBack(due.stream().map(notification -> (Runnable) new Delivery(notification, null, slots)).toList());
            throw e;
        }
        for (OutgoingNotification notification : due) {
            workers.execute(new Delivery(notification, recipients.get(notification.recipientId()), slots));
        }
        return due.size();
    }

    /** One claimed notification for a worker to deliver; put back untried if the dispatcher stops first. */
    private final class Delivery implements Runnable {

        private final OutgoingNotification notification;
        private final Professional recipient;
        private final Semaphore slots;

        Delivery(OutgoingNotification notification, Professional recipient, Semaphore slots) {
            this.notification = notification;
            this.recipient = recipient;
            this.slots = slots;
        }

        OutgoingNotification notification() {
            return notification;
        }

        Semaphore slots() {
            return slots;
        }

        @Override
        public void run() {
            try {
                tracing.inSpan(notification.traceparent(), "alert delivery", () -> {
                    deliver(notification, recipient);
                    return null;
                });
            } catch (RuntimeException e) {
                log.error("Delivering a notification failed unexpectedly; its lease will expire and it will be"
                        + " retried", e);
            } finally {
                slots.release();
                wakeUp.release();
            }
        }
    }

    private void deliver(OutgoingNotification notification, Professional recipient) {
        DeliveryOutcome outcome = attempt(notification, recipient);
        Instant now = clock.instant();
        switch (outcome) {
            case DeliveryOutcome.Sent sent -> {
                notifications.markSent(notification.id(), sent.providerReference(), now);
                countDelivery(notification, "sent");
                if (notification.eventOccurredAt() != null) {
                    handOffLatency.record(Duration.between(notification.eventOccurredAt(), now));
                }
            }
            case DeliveryOutcome.Throttled throttled -> notifications.release(notification.id(), now.plus(THROTTLED_RETRY));
            case DeliveryOutcome.Temporary temporary -> retryLater(notification, temporary.reason(), false, now);
            case DeliveryOutcome.Unknown unknown -> retryLater(notification, unknown.reason(), true, now);
            case DeliveryOutcome.Permanent permanent -> dead(notification, Masking.scrub(permanent.reason()));
        }
    }

    private void retryLater(OutgoingNotification notification, String failure, boolean outcomeUnknown, Instant now) {
        String reason = Masking.scrub(failure);
        if (Duration.between(notification.createdAt(), now).compareTo(settings.giveUpAfter()) > 0) {
            dead(notification, "Gave up after " + settings.giveUpAfter() + ": " + reason);
            return;
        }
        Duration wait = backoff.delayAfter(notification.attempts() + 1, ThreadLocalRandom.current().nextDouble());
        notifications.markFailed(notification.id(), reason, now.plus(wait), outcomeUnknown);
        countDelivery(notification, "retried");
        log.info("Notification {} ({}) failed for now, retrying in {}: {}", notification.id(),
                notification.channel(), wait, reason);
    }

    /** Alerts by channel and what became of each attempt: {@code sent}, {@code retried} (later) or {@code dead}. */
    private void countDelivery(OutgoingNotification notification, String outcome) {
        meters.counter("patchwork.alerts.deliveries", "channel", notification.channel().name(), "outcome", outcome)
                .increment();
    }

    /** One call to the provider, timed by provider, channel and outcome (Notify's or the SMTP relay's latency). */
    private DeliveryOutcome timedCall(String provider, Channel channel, Callable<DeliveryOutcome> providerCall) {
        Timer.Sample sample = Timer.start(meters);
        DeliveryOutcome outcome = tracing.inChildSpan(provider + " " + channel.name().toLowerCase(Locale.ROOT),
                () -> calls.call(providerCall), "provider", provider, "channel", channel.name());
        sample.stop(Timer.builder("patchwork.notifications.provider.calls")
                .description("Calls to the email and SMS providers (GOV.UK Notify, the SMTP relay)")
                .tag("provider", provider).tag("channel", channel.name())
                .tag("outcome", outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT))
                .publishPercentileHistogram()
                .register(meters));
        return outcome;
    }

    private DeliveryOutcome attempt(OutgoingNotification notification, Professional recipient) {
        if (recipient == null) {
            return new DeliveryOutcome.Temporary("The recipient is not in the directory copy yet");
        }
        if (recipient.hasLeftTheirAgency()) {
            return new DeliveryOutcome.Permanent("The recipient has left their agency");
        }
        if (standing.isSuspended(recipient.agency())) {
            return new DeliveryOutcome.Permanent("The recipient's agency is suspended from Patchwork");
        }
        return switch (notification.channel()) {
            case EMAIL -> recipient.email() == null || recipient.email().isBlank()
                    ? new DeliveryOutcome.Permanent("The directory has no email address for the recipient")
                    : timedCall(email.provider(), Channel.EMAIL, () -> email.send(recipient.email(), notification));
            case SMS -> recipient.mobile() == null || recipient.mobile().isBlank()
                    ? new DeliveryOutcome.Permanent("The directory has no mobile number for the recipient")
                    : timedCall(sms.provider(), Channel.SMS, () -> sms.send(recipient.mobile(), notification));
        };
    }

    private void dead(OutgoingNotification notification, String reason) {
        notifications.markDead(notification.id(), reason);
        countDelivery(notification, "dead");
        log.warn("Notification {} ({} to professional {}) is DEAD: {}", notification.id(), notification.channel(),
                notification.recipientId(), reason);
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
