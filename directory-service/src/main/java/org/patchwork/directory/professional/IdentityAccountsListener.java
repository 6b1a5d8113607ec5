package org.patchwork.directory.professional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Marks professionals as left when their agency disables their account at the identity provider. */
@Component
class IdentityAccountsListener {

    static final String CONSUMER = "directory.leavers";

    private final IdempotentConsumer idempotentConsumer;
    private final StaffService staff;
    private final JsonMapper jsonMapper;

    IdentityAccountsListener(IdempotentConsumer idempotentConsumer, StaffService staff, JsonMapper jsonMapper) {
        this.idempotentConsumer = idempotentConsumer;
        this.staff = staff;
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @KafkaListener(topics = "identity.accounts")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.is("AccountDisabled")) {
            idempotentConsumer.consumeOnce(CONSUMER, event, received -> {
                AccountDisabled disabled = received.data(AccountDisabled.class, jsonMapper);
                staff.accountDisabled(disabled.keycloakSubject(), disabled.agency());
            });
        }
    }
}
