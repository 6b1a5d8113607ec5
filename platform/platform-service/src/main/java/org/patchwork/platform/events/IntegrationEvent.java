package org.patchwork.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event another service may act on. Implemented by each service's published event records (past-tense
 * names, annotated with Modulith's {@code @Externalized("topic::#{subject()}")}). The id is minted once, when
 * the fact happens, so that a republished event keeps it and consumers can recognise a second delivery.
 */
public interface IntegrationEvent {

    /** Unique per fact; the CloudEvents {@code id}. */
    UUID eventId();

    /** When the fact happened; the CloudEvents {@code time}. */
    Instant occurredAt();

    /** What the event is about (e.g. a professional's id); the CloudEvents {@code subject} and the Kafka key. */
    String subject();
}
