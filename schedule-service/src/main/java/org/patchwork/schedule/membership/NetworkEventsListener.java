package org.patchwork.schedule.membership;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.patchwork.schedule.retention.ClientErasure;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the local copy of who is in each client's network from the client network service's events, so that
 * need-to-know is decided here even while that service is down. Every event of those topics carries the whole
 * current network ({@code memberIds} and the lead), so any of them, whatever its type, brings the copy up to
 * date; {@code ClientClosed} also closes the client, {@code ClientReopened} reopens it, and
 * {@code ClientRecordsErased} (the end of the retention period) erases what this service holds about the client.
 */
@Component
class NetworkEventsListener {

    static final String CONSUMER = "schedule.networks";

    private final IdempotentConsumer idempotentConsumer;
    private final NetworkRepository networks;
    private final ClientErasure erasure;
    private final JsonMapper jsonMapper;

    NetworkEventsListener(IdempotentConsumer idempotentConsumer, NetworkRepository networks, ClientErasure erasure,
                          JsonMapper jsonMapper) {
        this.idempotentConsumer = idempotentConsumer;
        this.networks = networks;
        this.erasure = erasure;
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @KafkaListener(topics = {"network.clients", "network.memberships"})
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent incoming = IncomingEvent.from(record);
        idempotentConsumer.consumeOnce(CONSUMER, incoming, received -> {
            NetworkEvent event = received.data(NetworkEvent.class, jsonMapper);
            if (received.is("ClientRecordsErased") && event.clientId() != null) {
                erasure.erase(event.clientId());
                return;
            }
            if (!event.carriesTheNetwork()) {
                return;
            }
            networks.applyNetwork(event.clientId(), event.clientInitials(), event.leadProfessionalId(),
                    event.memberIds(), event.occurredAt());
            if (received.is("ClientClosed")) {
                networks.close(event.clientId());
            } else if (received.is("ClientReopened")) {
                networks.reopen(event.clientId());
            }
        });
    }
}
