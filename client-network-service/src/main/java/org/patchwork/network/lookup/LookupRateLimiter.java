package org.patchwork.network.lookup;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.patchwork.network.config.NetworkProperties;
import org.springframework.stereotype.Component;

/**
 * A token bucket per professional (Bucket4j): a steady trickle of look-ups is fine, a run of guesses is not.
 * Buckets live in this instance's memory; with N instances behind the gateway a professional gets at most N
 * times the limit, still far too few to enumerate dates of birth.
 */
@Component
class LookupRateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    LookupRateLimiter(NetworkProperties properties) {
        this.perMinute = properties.lookupsPerMinute();
    }

    void acquire(String subject) {
        ConsumptionProbe probe = buckets.computeIfAbsent(subject, ignored -> Bucket.builder()
                        .addLimit(Bandwidth.builder().capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                        .build())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new LookupLimitExceeded(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
