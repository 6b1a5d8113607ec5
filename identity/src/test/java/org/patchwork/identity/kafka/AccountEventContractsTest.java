package org.patchwork.identity.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.patchwork.identity.events.AccountDisabled;
import org.patchwork.identity.events.AccountEvent;
import org.patchwork.identity.events.AccountFirstLogin;
import org.patchwork.platform.test.contracts.EventContracts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account events the extension publishes satisfy the contracts kept in {@code identity.accounts}, and those
 * contracts are compatible with their last release. {@link AccountEventsTest} checks the same of the events a
 * running Keycloak publishes.
 */
class AccountEventContractsTest {

    private static final EventContracts CONTRACTS = EventContracts.of("identity");
    private static final AccountEventPublisher PUBLISHER =
            new AccountEventPublisher(KafkaSettings.from(Map.of("bootstrapServers", "127.0.0.1:9")::get));

    @AfterAll
    static void close() {
        PUBLISHER.close();
    }

    @Test
    void aFirstSignInIsPublishedAsItsContractSays() throws Exception {
        CONTRACTS.assertConforms(published(new AccountFirstLogin(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID().toString(), "lichfield-dc.practitioner", "lichfield-dc",
                "practitioner@lichfield-dc.example", "Sample Housing Officer")));
    }

    @Test
    void aFirstSignInWithoutAgencyEmailOrNameIsPublishedAsItsContractSays() throws Exception {
        CONTRACTS.assertConforms(published(new AccountFirstLogin(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID().toString(), "unknown.someone", null, null, null)));
    }

    @Test
    void aDisabledAccountIsPublishedAsItsContractSays() throws Exception {
        CONTRACTS.assertConforms(published(new AccountDisabled(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID().toString(), "staffs-fire")));
    }

    @Test
    void theContractsCoverEveryAccountEventAndKeepTheirLastRelease() {
        assertThat(CONTRACTS.types("identity.accounts")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(AccountEvent.class.getPermittedSubclasses()).map(Class::getSimpleName).toList());
        assertThat(CONTRACTS.incompatibilitiesWithLastRelease()).isEmpty();
    }

    private static String serviceVersion() throws Exception {
        return Files.readString(Path.of("pom.xml")).replaceAll("(?s).*<service.version>([^<]+)</service.version>.*",
                "$1");
    }

    private static ConsumerRecord<String, byte[]> published(AccountEvent event) throws Exception {
        ProducerRecord<String, byte[]> sent = PUBLISHER.recordOf(event, "patchwork");
        ConsumerRecord<String, byte[]> received = new ConsumerRecord<>(sent.topic(), 0, 0L, 0L,
                TimestampType.CREATE_TIME, 0, 0, sent.key(), sent.value(), sent.headers(), Optional.empty());
        assertThat(received.headers().lastHeader("ce_dataschema")).isNotNull();
        assertThat(new String(received.headers().lastHeader("ce_sourceversion").value(), StandardCharsets.UTF_8))
                .as("the extension's release, from service.version in its pom").isEqualTo(serviceVersion());
        return received;
    }
}
