package org.patchwork.notification.delivery;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs provider calls on a bounded pool and gives up waiting after a timeout: the GOV.UK Notify client has no
 * HTTP timeouts of its own, so a hung connection must not hold a dispatcher worker. A call still hung when the
 * pool is full is refused at once, as a temporary failure, rather than queued.
 */
class BoundedCalls implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    BoundedCalls(int maxConcurrentCalls, Duration timeout) {
        this.pool = new ThreadPoolExecutor(maxConcurrentCalls, maxConcurrentCalls, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), Thread.ofPlatform().name("provider-call-", 0).daemon().factory());
        this.timeout = timeout;
    }

    DeliveryOutcome call(Callable<DeliveryOutcome> providerCall) {
        Future<DeliveryOutcome> future;
        try {
            future = pool.submit(providerCall);
        } catch (RejectedExecutionException e) {
            return new DeliveryOutcome.Temporary("Every provider call slot is busy (providers hanging)");
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new DeliveryOutcome.Unknown("The provider did not answer within " + timeout);
        } catch (ExecutionException e) {
            return new DeliveryOutcome.Unknown("The provider call failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new DeliveryOutcome.Unknown("Interrupted while waiting for the provider");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
