package org.patchwork.platform.limits;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counters of fixed windows (a minute, a day …) kept in the service's own PostgreSQL table
 * {@code rate_limit_window}, so that a limit holds across restarts and across every instance of the service. A
 * window starts at a multiple of its length since the epoch: a day is a UTC calendar day.
 * <p>
 * {@link #take} counts one use against several limits at once, all or none: each counter is raised by one
 * statement that also checks it (the row stays locked until the transaction ends, so concurrent callers on any
 * instance queue behind each other), and the first limit already reached rolls the others back (to a savepoint
 * when the caller has a transaction, whose outcome the counted use then shares). A refused use is not counted. The
 * owning service creates the table (see its migrations); {@link RateLimitPruning} forgets
 * ended windows.
 */
public class RateLimits {

    private final JdbcClient jdbc;
    /** A savepoint in the caller's transaction (no second connection), or a transaction of its own. */
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public RateLimits(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /**
     * At most {@code max} uses of {@code key} in each window of {@code window}.
     *
     * @param key what is counted, e.g. {@code lookup:professional-day:<subject>}
     */
    public record Limit(String key, int max, Duration window) {
    }

    /**
     * What a use made of the limits.
     *
     * @param refusedBy  the limit already reached (nothing was counted), empty when the use was counted
     * @param retryAfter when the refusing limit's window ends
     * @param counts     when counted: each limit's uses in its window so far, this one included, in the given order
     */
    public record Use(Optional<Limit> refusedBy, Duration retryAfter, List<Integer> counts) {

        public boolean allowed() {
            return refusedBy.isEmpty();
        }
    }

    /** Counts one use against every limit, or against none when one of them is already reached. */
    public Use take(List<Limit> limits) {
        Instant now = clock.instant();
        return ownTransaction.execute(status -> {
            List<Integer> counts = new ArrayList<>(limits.size());
            for (Limit limit : limits) {
                Instant start = windowStart(now, limit.window());
                Optional<Integer> count = jdbc.sql("""
                                INSERT INTO rate_limit_window (limit_key, window_start, window_end, used)
                                VALUES (:key, :start, :end, 1)
                                ON CONFLICT (limit_key, window_start) DO UPDATE SET used = rate_limit_window.used + 1
                                WHERE rate_limit_window.used < :max
                                RETURNING used""")
                        .param("key", limit.key()).param("start", Timestamp.from(start))
                        .param("end", Timestamp.from(start.plus(limit.window()))).param("max", limit.max())
                        .query(Integer.class).optional();
                if (count.isEmpty() || count.get() > limit.max()) {
                    status.setRollbackOnly();
                    return new Use(Optional.of(limit), Duration.between(now, start.plus(limit.window())), List.of());
                }
                counts.add(count.get());
            }
            return new Use(Optional.empty(), Duration.ZERO, List.copyOf(counts));
        });
    }

    /** Deletes the counters of windows that ended before {@code before}; returns how many. */
    public int forgetWindowsEndedBefore(Instant before) {
        return jdbc.sql("DELETE FROM rate_limit_window WHERE window_end < :before")
                .param("before", Timestamp.from(before)).update();
    }

    private static Instant windowStart(Instant now, Duration window) {
        long length = window.toMillis();
        long millis = now.toEpochMilli();
        return Instant.ofEpochMilli(millis - Math.floorMod(millis, length));
    }
}
