package org.patchwork.notification.delivery;

import java.time.Duration;
import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * GOV.UK Notify's limit per API key (3,000 messages a minute), one for all the instances of the service: a Bucket4j
 * bucket whose state is a row of {@code rate_limit_bucket}, read and written under {@code SELECT ... FOR UPDATE},
 * so every instance takes from the same tokens. The bucket holds a second's worth and refills continuously, so a
 * backlog drains steadily over the minute instead of in one burst.
 */
final class NotifySendLimit {

    /** The bucket of the API key in use. */
    static final String KEY = "gov-uk-notify";

    private final Bucket bucket;

    NotifySendLimit(ProxyManager<String> buckets, String key, int messagesPerMinute) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(Math.max(1, messagesPerMinute / 60))
                        .refillGreedy(messagesPerMinute, Duration.ofMinutes(1)))
                .build();
        // A changed limit replaces the stored one at the next request, keeping the share of tokens left.
        this.bucket = buckets.builder()
                .withImplicitConfigurationReplacement(messagesPerMinute, TokensInheritanceStrategy.PROPORTIONALLY)
                .build(key, () -> configuration);
    }

    /** The buckets in the service's database, on the system clock or {@code clock}. */
    static ProxyManager<String> buckets(DataSource dataSource, TimeMeter clock) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("limit_key").stateColumn("state")
                .clientClock(clock)
                .build();
    }

    /** Takes one request's place if one is free now. */
    boolean tryAcquire() {
        return bucket.tryConsume(1);
    }
}
