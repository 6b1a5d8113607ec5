package org.patchwork.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox as an operator sees it: how many event publications Kafka has not taken yet, and how long the oldest
 * has waited. A backlog that only grows, or an oldest publication minutes old, means events are not leaving the
 * service (Kafka down, a topic refused): other services' copies are going stale. Read from Spring Modulith's
 * {@code event_publication} table (completed publications are deleted) at each scrape, the age by the database's
 * clock, which wrote the publication dates.
 */
public class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    public OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("patchwork.outbox.incomplete", this, OutboxMetrics::incomplete)
                .description("Event publications not yet handed to Kafka")
                .register(registry);
        Gauge.builder("patchwork.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds)
                .description("Age of the oldest event publication not yet handed to Kafka (0 when none)")
                .baseUnit("seconds")
                .register(registry);
    }

    double incomplete() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single();
    }

    double oldestAgeSeconds() {
        return jdbc.sql("""
                        SELECT coalesce(greatest(extract(epoch FROM now() - min(publication_date)), 0), 0)
                        FROM event_publication WHERE completion_date IS NULL""")
                .query(Double.class).single();
    }
}
