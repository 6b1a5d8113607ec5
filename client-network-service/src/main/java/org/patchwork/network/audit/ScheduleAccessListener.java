package org.patchwork.network.audit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies the schedule service's access log into the audit trail, each record once, so that an IG officer's one
 * query covers who read a client's visits and contacts as well as their details and team.
 */
@Component
class ScheduleAccessListener {

    static final String CONSUMER = "client-network.audit";
    static final String TYPE = "ScheduleAccessed";

    private final IdempotentConsumer idempotentConsumer;
    private final AuditLog audit;
    private final JsonMapper jsonMapper;

    ScheduleAccessListener(IdempotentConsumer idempotentConsumer, AuditLog audit, JsonMapper jsonMapper) {
        this.idempotentConsumer = idempotentConsumer;
        this.audit = audit;
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @KafkaListener(topics = "schedule.access")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent incoming = IncomingEvent.from(record);
        if (incoming.is(TYPE)) {
            idempotentConsumer.consumeOnce(CONSUMER, incoming, received ->
                    audit.recordScheduleAccess(received.data(AuditLog.ScheduleAccess.class, jsonMapper)));
        }
    }
}
