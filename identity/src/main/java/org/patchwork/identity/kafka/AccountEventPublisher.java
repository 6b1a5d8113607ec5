package org.patchwork.identity.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.patchwork.identity.events.AccountEvent;

/**
 * Hands account events to Kafka as CloudEvents (binary mode: {@code ce_*} headers, JSON value) without ever
 * making a Keycloak request wait: events queue for one sender thread, which owns the producer (created at its
 * first event). If Kafka stays unreachable, events are logged by id and dropped after the producer's delivery
 * timeout or when the queue is full; Keycloak's stored login and admin events remain the record to reconcile from.
 */
final class AccountEventPublisher implements AutoCloseable {

    private static final Logger log = Logger.getLogger(AccountEventPublisher.class);
    private static final int QUEUE_CAPACITY = 1_000;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    /** This extension's release ({@code release.properties}, from {@code service.version} in its pom). */
    static final String RELEASE = release();

    private final KafkaSettings settings;
    private final ObjectMapper json = new ObjectMapper();
    private final ThreadPoolExecutor sender;
    private volatile KafkaProducer<String, byte[]> producer;

    AccountEventPublisher(KafkaSettings settings) {
        this.settings = settings;
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), task -> {
                    Thread thread = new Thread(task, "patchwork-kafka-publisher");
                    thread.setDaemon(true);
                    // Kafka loads some classes by name through the context class loader: make it the one that
                    // holds Kafka's (relocated) classes, whatever thread Keycloak first published from.
                    thread.setContextClassLoader(AccountEventPublisher.class.getClassLoader());
                    return thread;
                });
    }

    /** Queues the event; returns at once. */
    void publish(AccountEvent event, String realm) {
        try {
            sender.execute(() -> send(event, realm));
        } catch (RejectedExecutionException full) {
            log.errorf("Dropped %s %s about user %s: %d account events are already waiting for Kafka at %s",
                    typeOf(event), event.eventId(), event.keycloakSubject(), QUEUE_CAPACITY,
                    settings.bootstrapServers());
        }
    }

    private void send(AccountEvent event, String realm) {
        try {
            producer().send(recordOf(event, realm), (metadata, failure) -> {
                if (failure != null) {
                    logFailure(event, failure);
                }
            });
        } catch (JsonProcessingException | RuntimeException failure) {
            logFailure(event, failure);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(settings.producerConfig(), new StringSerializer(),
                    new ByteArraySerializer());
        }
        return producer;
    }

    /** The event as a CloudEvent in binary mode, as it goes to Kafka. */
    ProducerRecord<String, byte[]> recordOf(AccountEvent event, String realm) throws JsonProcessingException {
        return new ProducerRecord<>(settings.topic(), null, event.keycloakSubject(), json.writeValueAsBytes(event),
                headers(event, realm));
    }

    private static RecordHeaders headers(AccountEvent event, String realm) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes(event.eventId().toString()));
        headers.add("ce_type", bytes(typeOf(event)));
        headers.add("ce_source", bytes("/keycloak/" + realm));
        headers.add("ce_time", bytes(event.occurredAt().toString()));
        headers.add("ce_subject", bytes(event.keycloakSubject()));
        headers.add("ce_dataschema", bytes(dataSchemaOf(event)));
        headers.add("ce_sourceversion", bytes(RELEASE));
        headers.add("content-type", bytes("application/json"));
        return headers;
    }

    /**
     * The contract the event satisfies: the {@code $id} of its JSON Schema in
     * {@code src/main/resources/contracts/events/identity.accounts/}, whatever topic this Keycloak is configured with.
     */
    static String dataSchemaOf(AccountEvent event) {
        return "https://patchwork.example/contracts/events/identity.accounts/" + event.getClass().getSimpleName()
                + "/v1";
    }

    static String typeOf(AccountEvent event) {
        return "org.patchwork." + event.getClass().getSimpleName();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private void logFailure(AccountEvent event, Exception failure) {
        log.errorf("Could not publish %s %s about user %s to Kafka topic %s at %s: %s", typeOf(event),
                event.eventId(), event.keycloakSubject(), settings.topic(), settings.bootstrapServers(), failure);
    }

    /** Sends what is queued (waiting a few seconds at most), then closes the producer. */
    @Override
    public void close() {
        sender.shutdown();
        try {
            if (!sender.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warnf("Closing with %d account events not handed to Kafka", sender.shutdownNow().size());
            }
        } catch (InterruptedException interrupted) {
            sender.shutdownNow();
            Thread.currentThread().interrupt();
        }
        KafkaProducer<String, byte[]> created = producer;
        if (created != null) {
            created.close(CLOSE_TIMEOUT);
        }
    }

    private static String release() {
        Properties release = new Properties();
        try (InputStream in = AccountEventPublisher.class.getResourceAsStream("/org/patchwork/identity/release.properties")) {
            if (in == null) {
                throw new IllegalStateException("release.properties is missing from the extension's jar");
            }
            release.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return release.getProperty("version");
    }
}
