package org.patchwork.network.overview;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the caseload's copy of each client's schedule (visits still to happen, the latest contact, when last seen)
 * in step with the schedule service's events, each applied once. They may arrive out of order (an event the
 * outbox had to resubmit comes late), so each change is kept only if it is newer than what the copy holds; the
 * topic's other events (warnings) change nothing here.
 */
@Component
class ScheduleEventsListener {

    static final String CONSUMER = "client-network.schedule-copy";

    /** Where a visit stands after each kind of visit event. */
    static final Map<String, String> VISIT_STATUS = Map.of(
            "VisitScheduled", "SCHEDULED", "VisitRescheduled", "SCHEDULED", "VisitCancelled", "CANCELLED",
            "VisitCompleted", "COMPLETED", "VisitNoAccess", "NO_ACCESS");

    private final IdempotentConsumer idempotentConsumer;
    private final ScheduleCopy copy;
    private final JsonMapper jsonMapper;

    ScheduleEventsListener(IdempotentConsumer idempotentConsumer, ScheduleCopy copy, JsonMapper jsonMapper) {
        this.idempotentConsumer = idempotentConsumer;
        this.copy = copy;
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @KafkaListener(topics = "schedule.visits")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent incoming = IncomingEvent.from(record);
        String visitStatus = VISIT_STATUS.entrySet().stream().filter(type -> incoming.is(type.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (visitStatus != null) {
            idempotentConsumer.consumeOnce(CONSUMER, incoming, received -> {
                ScheduleEvents.VisitChanged event = received.data(ScheduleEvents.VisitChanged.class, jsonMapper);
                copy.saveVisit(event.clientId(), event.visit(), visitStatus, event.occurredAt());
            });
        } else if (incoming.is("ContactRecorded")) {
            idempotentConsumer.consumeOnce(CONSUMER, incoming, received ->
                    copy.saveContact(received.data(ScheduleEvents.ContactRecorded.class, jsonMapper)));
        }
    }
}
