package org.patchwork.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.TestDatabase;
import org.patchwork.platform.test.TestKafka;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.contracts.EventContracts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping an instance while it delivers (SIGTERM from {@code ./patchwork down}, podman or a rolling deployment): the
 * stop ends well within the runtime's stop timeout (30 s before it kills the process) and leaves nothing half-done.
 * Each alert is either with the provider and recorded as such (sent, or to be checked with the provider before it is
 * sent again), or put back untried for the next instance to take at once; none is lost, none waits out a lease.
 *
 * <p>The instance runs here with a database and consumer groups of its own (so the other tests' instances take
 * none of its work), and GOV.UK Notify for email and SMS, which has stopped answering: at the stop, calls
 * are in flight to it, more notifications are claimed and waiting for a worker, and more are due in the outbox.
 */
class GracefulStopTest {

    /** GOV.UK Notify stops answering (a hung connection): each call is given up after this. */
    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(4);
    /**
     * The calls already with the provider may take their timeout; anything else must not make the stop wait (the
     * runtime kills the process 30 s after asking it to stop).
     */
    private static final Duration STOP_WITHIN = PROVIDER_TIMEOUT.plusSeconds(3);
    private static final EventContracts DIRECTORY = EventContracts.of("directory-service");
    private static final EventContracts CLIENT_NETWORK = EventContracts.of("client-network-service");

    private static final HangingNotify NOTIFY = new HangingNotify();
    private static TestDatabase database;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startNotify() throws IOException {
        NOTIFY.start();
        database = TestDatabase.create("notification_stop");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.user(),
                database.password());
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void stopNotify() throws IOException {
        NOTIFY.close();
    }

    @Test
    void aStopWhileTheProviderHangsWaitsOnlyForTheCallsInFlightAndPutsTheRestBackUntried() {
        ConfigurableApplicationContext instance = start();
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(register("Demo Stop " + i));
        }
        // Urgent attentions: email and SMS to three members each, far more than the two workers can take.
        for (int i = 0; i < 10; i++) {
            raiseUrgentAttention(members);
        }
        // Both workers wait for Notify, and two more notifications are claimed, waiting for a worker.
        await().atMost(Duration.ofMinutes(1)).until(() -> NOTIFY.messagesReceived() == 2 && jdbc.sql(
                "SELECT count(*) FROM notification WHERE status = 'SENDING'").query(Long.class).single() == 4);
        long beforeStop = System.nanoTime();

        Thread watchdog = Thread.ofPlatform().daemon().start(() -> dumpThreadsAfter(STOP_WITHIN));
        instance.close();
        Duration stopTook = Duration.ofNanos(System.nanoTime() - beforeStop);
        watchdog.interrupt();

        assertThat(stopTook).as("the stop took %s", stopTook).isLessThan(STOP_WITHIN);
        List<Map<String, Object>> rows = jdbc.sql("SELECT status, attempts, outcome_unknown FROM notification")
                .query().listOfRows();
        assertThat(rows).as("60 alerts recorded").hasSize(60);
        assertThat(rows).as("none left mid-send, leased to the stopped instance")
                .noneMatch(row -> "SENDING".equals(row.get("status")));
        assertThat(rows).as("the two calls Notify did not answer: to be retried, Notify asked first")
                .filteredOn(row -> Boolean.TRUE.equals(row.get("outcome_unknown")))
                .hasSize(2).allMatch(row -> "FAILED".equals(row.get("status")));
        assertThat(rows).as("the others were never handed to Notify: due now, untried, for the next instance")
                .filteredOn(row -> Boolean.FALSE.equals(row.get("outcome_unknown")))
                .hasSize(58).allMatch(row -> "PENDING".equals(row.get("status")) && ((int) row.get("attempts")) == 0);
        assertThat(NOTIFY.messagesReceived()).as("no call to Notify began after the stop").isEqualTo(2);
    }

    private static ConfigurableApplicationContext start() {
        String name = "notification-stop-" + ThreadLocalRandom.current().nextInt(1_000_000);
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.application.name", name);
        settings.put("spring.datasource.url", database.jdbcUrl());
        settings.put("spring.datasource.username", database.user());
        settings.put("spring.datasource.password", database.password());
        settings.put("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
        // A consumer group of its own that starts at the end: only this test's events are its work.
        settings.put("spring.kafka.consumer.auto-offset-reset", "latest");
        settings.put("patchwork.security.issuer", TestKeycloak.get().issuer());
        settings.put("server.port", "0");
        settings.put("management.server.port", "0");
        settings.put("patchwork.notifications.email-provider", "notify");
        settings.put("patchwork.notifications.sms-provider", "notify");
        settings.put("patchwork.notifications.coalesce-within", "0s");
        settings.put("patchwork.notifications.notify.base-url", NOTIFY.baseUrl());
        settings.put("patchwork.notifications.notify.api-key",
                "patchwork_test-" + UUID.randomUUID() + "-" + UUID.randomUUID());
        settings.put("patchwork.notifications.notify.email-template-id", UUID.randomUUID().toString());
        settings.put("patchwork.notifications.notify.sms-template-id", UUID.randomUUID().toString());
        settings.put("patchwork.notifications.dispatch.workers", "2");
        settings.put("patchwork.notifications.dispatch.provider-timeout", PROVIDER_TIMEOUT.toMillis() + "ms");
        settings.put("patchwork.notifications.dispatch.poll-every", "100ms");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NotificationApplication.class)
                .run(settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                        .toArray(String[]::new));
        KafkaListenerEndpointRegistry listeners = context.getBean(KafkaListenerEndpointRegistry.class);
        await().atMost(Duration.ofMinutes(1)).until(() -> listeners.getListenerContainers().stream()
                .filter(container -> !container.getListenerId().equals("lookup-alerts"))
                .allMatch(container -> container.getAssignedPartitions() != null
                        && !container.getAssignedPartitions().isEmpty()));
        return context;
    }

    /**
     * A professional, announced by the directory's example event. The consumer starts at the end of the topic once
     * it has its partitions, so the event is published again until it has been read.
     */
    private static UUID register(String name) {
        UUID id = UUID.randomUUID();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            ObjectNode registered = DIRECTORY.example("directory.professionals", "ProfessionalRegistered");
            ((ObjectNode) registered.get("professional")).put("id", id.toString())
                    .put("keycloakSubject", UUID.randomUUID().toString()).put("name", name)
                    .put("email", "stop." + id + "@lichfield-dc.example").put("mobile", "07700 900123");
            DIRECTORY.publish("directory.professionals", "ProfessionalRegistered", id.toString(), registered);
            return jdbc.sql("SELECT count(*) FROM professional WHERE id = :id").param("id", id).query(Long.class)
                    .single() == 1;
        });
        return id;
    }

    private static void raiseUrgentAttention(List<UUID> members) {
        UUID clientId = UUID.randomUUID();
        ObjectNode event = CLIENT_NETWORK.example("network.attentions", "AttentionRaised")
                .put("clientId", clientId.toString()).put("actorProfessionalId", members.getFirst().toString())
                .put("leadProfessionalId", members.getFirst().toString()).put("priority", "URGENT");
        ((ObjectNode) event.get("professional")).put("id", members.getFirst().toString());
        ArrayNode memberIds = event.putArray("memberIds");
        members.forEach(member -> memberIds.add(member.toString()));
        CLIENT_NETWORK.publish("network.attentions", "AttentionRaised", clientId.toString(), event);
    }

    private static void dumpThreadsAfter(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            return;
        }
        StringBuilder dump = new StringBuilder("The stop is still running after " + wait + ":\n");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
            for (StackTraceElement frame : stack) {
                dump.append("    at ").append(frame).append('\n');
            }
        });
        System.err.println(dump);
    }

    /**
     * GOV.UK Notify that has stopped answering: it reads each request and never answers, counting the messages it
     * was sent as they arrive.
     */
    private static final class HangingNotify implements AutoCloseable {

        private final AtomicInteger messages = new AtomicInteger();
        private final List<Socket> connections = new CopyOnWriteArrayList<>();
        private ServerSocket server;

        void start() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().name("hanging-notify").start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket connection = server.accept();
                        connections.add(connection);
                        Thread.ofPlatform().daemon().start(() -> read(connection));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void read(Socket connection) {
            try {
                BufferedReader request = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                        StandardCharsets.UTF_8));
                String requestLine = request.readLine();
                if (requestLine != null && requestLine.matches("POST /v2/notifications/(sms|email) .*")) {
                    messages.incrementAndGet();
                }
                // Never answers: reads until the client gives up or the test ends.
                request.transferTo(Writer.nullWriter());
            } catch (IOException e) {
                connections.remove(connection);
            }
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        int messagesReceived() {
            return messages.get();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket connection : connections) {
                connection.close();
            }
        }
    }
}
