package org.patchwork.platform.events;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each event at most once per consumer, however often Kafka delivers it: the event id is recorded in
 * {@code processed_event} in the same transaction as the consumer's own changes, so a crash either keeps both
 * or neither, and a redelivery finds the id and is skipped.
 */
public class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public IdempotentConsumer(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs {@code handler} for the event unless this consumer has already handled an event with its id.
     *
     * @return whether the handler ran
     */
    public boolean consumeOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> handler) {
        Boolean handled = transactions.execute(status -> {
            int inserted = jdbc.sql("""
                            INSERT INTO processed_event (consumer, event_id, event_type)
                            VALUES (:consumer, :eventId, :eventType)
                            ON CONFLICT DO NOTHING""")
                    .param("consumer", consumer)
                    .param("eventId", event.id())
                    .param("eventType", event.type())
                    .update();
            if (inserted == 0) {
                log.info("Skipping event {} ({}) already handled by {}", event.id(), event.type(), consumer);
                return false;
            }
            handler.accept(event);
            return true;
        });
        return Boolean.TRUE.equals(handled);
    }
}
