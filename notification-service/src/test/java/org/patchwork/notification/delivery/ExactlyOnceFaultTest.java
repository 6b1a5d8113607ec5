package org.patchwork.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 1,000 urgent attentions (email and SMS to every member but the author) while everything goes wrong: the consumer
 * and the dispatcher are stopped half-way and started again, part of the events is delivered twice, and GOV.UK
 * Notify answers 500 and then 429 for a while. At the end each alert has arrived exactly once.
 */
class ExactlyOnceFaultTest extends NotificationIntegrationTest {

    private static final int EVENTS = 1_000;
    private static final int CLIENTS = 20;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    Dispatcher dispatcher;

    @Test
    void everyAlertArrivesExactlyOnceThroughStopsRedeliveriesAndProviderFailures() {
        List<Pro> professionals = IntStream.range(0, 10).mapToObj(i -> professional("Demo Fault " + i)).toList();
        Map<Pro, Integer> expected = new HashMap<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            int client = i % CLIENTS;
            UUID clientId = new UUID(0xFA17, client);
            Pro author = professionals.get(client % 10);
            Pro member = professionals.get((client + 1) % 10);
            Map<String, Object> event = with(clientEvent(clientId, author, List.of(author, member), author),
                    "priority", "URGENT");
            records.add(record(clientId, event));
            expected.merge(member, 1, Integer::sum);
        }
        // Each phase's stub outranks the last, without a moment when no stub answers.
        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).atPriority(3).willReturn(aResponse().withStatus(500)));

        // The first half goes out; once a quarter is consumed everything stops, whatever the consumers' pace.
        records.subList(0, EVENTS / 2).forEach(record -> producer().send(record));
        producer().flush();
        await().atMost(Duration.ofMinutes(3)).until(() -> processed() >= EVENTS / 4);

        MessageListenerContainer consumer = listeners.getListenerContainer("alerts");
        consumer.stop();
        dispatcher.stop();

        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).atPriority(2).willReturn(aResponse().withStatus(429)));
        records.subList(EVENTS / 2, EVENTS).forEach(record -> producer().send(record));
        records.subList(0, 100).forEach(record -> producer().send(record));
        producer().flush();
        consumer.start();
        dispatcher.start();
        await().atMost(Duration.ofMinutes(3)).until(() -> processed() == EVENTS);

        NOTIFY.stubFor(post(urlEqualTo(SMS_PATH)).atPriority(1).willReturn(accepted("from_number", "Patchwork")));
        await().atMost(Duration.ofMinutes(3)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM notification n JOIN professional p ON p.id = n.recipient_id
                        WHERE p.name LIKE 'Demo Fault %' AND n.status <> 'SENT'""")
                .query(Long.class).single() == 0);

        for (Pro professional : professionals) {
            int alerts = expected.getOrDefault(professional, 0);
            assertThat(emailsTo(professional)).as("emails to %s", professional.email()).hasSize(alerts);
            assertThat(acceptedSmsTo(professional)).as("SMS to %s", professional.mobile()).isEqualTo(alerts);
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM notification n JOIN professional p ON p.id = n.recipient_id
                        WHERE p.name LIKE 'Demo Fault %'""").query(Long.class).single()).isEqualTo(2L * EVENTS);
    }

    /** How many of the events have been consumed: each leaves notifications to one of these professionals. */
    private long processed() {
        return jdbc.sql("""
                        SELECT count(DISTINCT n.event_id) FROM notification n JOIN professional p ON p.id = n.recipient_id
                        WHERE p.name LIKE 'Demo Fault %'""").query(Long.class).single();
    }

    private static ProducerRecord<String, byte[]> record(UUID clientId, Map<String, Object> event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("network.attentions", clientId.toString(),
                JSON.writeValueAsBytes(asProducerSends("network.attentions", "AttentionRaised", event)));
        record.headers().add("ce_specversion", "1.0".getBytes()).add("ce_id", event.get("eventId").toString().getBytes())
                .add("ce_type", "org.patchwork.AttentionRaised".getBytes()).add("ce_source", "/test".getBytes())
                .add("ce_subject", clientId.toString().getBytes());
        return record;
    }

    private static long acceptedSmsTo(Pro professional) {
        return NOTIFY.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals(SMS_PATH))
                .filter(event -> event.getResponse().getStatus() == 201)
                .map(ServeEvent::getRequest)
                .filter(request -> professional.mobile().equals(
                        JSON.readTree(request.getBodyAsString()).get("phone_number").asString()))
                .count();
    }
}
