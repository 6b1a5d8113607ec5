package org.patchwork.benchmarks.overview;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's signed-in practitioners: real users of the test Keycloak's {@code patchwork} realm, each with a
 * real access token. Tokens live five minutes; one practitioner's token is refreshed (refresh-token grant, so no
 * password hashing in Keycloak) at a steady pace in the background, so that every token is renewed about every
 * three minutes and the refreshes never bunch up inside one phase.
 */
final class Practitioners implements AutoCloseable {

    private static final Duration EVERY_TOKEN_RENEWED_WITHIN = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final TestKeycloak keycloak = TestKeycloak.get();
    private final List<Practitioner> practitioners;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "token-refresher");
        thread.setDaemon(true);
        return thread;
    });
    private int nextToRefresh;

    private Practitioners(List<Practitioner> practitioners) {
        this.practitioners = practitioners;
    }

    /**
     * Creates {@code count} practitioners, numbered 1..count, practitioner n working for agency {@link #agency(int)},
     * and signs each in once.
     */
    static Practitioners create(int count) throws Exception {
        Practitioners created = new Practitioners(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Practitioner>> pending = new ArrayList<>();
            for (int number = 1; number <= count; number++) {
                int n = number;
                pending.add(workers.submit(() -> created.signIn(new Practitioner(n, created.keycloak
                        .createUser(agency(n), "Sample", "Practitioner %03d".formatted(n), "practitioner")))));
            }
            for (Future<Practitioner> practitioner : pending) {
                created.practitioners.add(practitioner.get());
            }
            return created;
        } catch (Exception e) {
            created.close();
            throw e;
        } finally {
            workers.shutdown();
        }
    }

    /** The agency of practitioner {@code number}: one of the seeded county's first 500, agency-0001 .. agency-0500. */
    static String agency(int number) {
        return "agency-%04d".formatted((number - 1) % 500 + 1);
    }

    List<Practitioner> all() {
        return practitioners;
    }

    /** Gives each practitioner the clients whose networks they are in, by their Keycloak subject. */
    void assignCaseloads(Map<String, List<UUID>> clientsBySubject) {
        for (Practitioner practitioner : practitioners) {
            List<UUID> clients = clientsBySubject.getOrDefault(practitioner.subject(), List.of());
            if (clients.isEmpty()) {
                throw new IllegalStateException("Practitioner " + practitioner.number + " has no clients after seeding");
            }
            practitioner.clients = List.copyOf(clients);
        }
    }

    /** Renews every token now (they may have aged while the county was seeded), then keeps renewing them. */
    void keepTokensFresh() {
        for (int i = 0; i < practitioners.size(); i++) {
            refreshNext();
        }
        long pause = Math.max(100, EVERY_TOKEN_RENEWED_WITHIN.toMillis() / practitioners.size());
        refresher.scheduleWithFixedDelay(this::refreshNext, pause, pause, TimeUnit.MILLISECONDS);
    }

    /**
     * An endless, thread-safe Gatling feeder: a random practitioner's current {@code token} and one of their
     * clients, {@code clientId}.
     */
    Iterator<Map<String, Object>> feeder() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                Practitioner practitioner = practitioners.get(random.nextInt(practitioners.size()));
                List<UUID> clients = practitioner.clients;
                return Map.of("token", practitioner.accessToken,
                        "clientId", clients.get(random.nextInt(clients.size())).toString());
            }
        };
    }

    private void refreshNext() {
        Practitioner practitioner = practitioners.get(nextToRefresh);
        nextToRefresh = (nextToRefresh + 1) % practitioners.size();
        try {
            try {
                practitioner.take(tokenRequest(Map.of("grant_type", "refresh_token",
                        "refresh_token", practitioner.refreshToken)));
            } catch (IllegalStateException refreshRefused) {
                signIn(practitioner);
            }
        } catch (Exception e) {
            System.err.println("Could not renew the token of practitioner " + practitioner.number + ": " + e);
        }
    }

    private Practitioner signIn(Practitioner practitioner) throws IOException, InterruptedException {
        practitioner.take(tokenRequest(Map.of("grant_type", "password", "username", practitioner.user.username(),
                "password", practitioner.user.password(), "scope", "openid")));
        return practitioner;
    }

    private Map<?, ?> tokenRequest(Map<String, String> grant) throws IOException, InterruptedException {
        Map<String, String> form = new java.util.HashMap<>(grant);
        form.put("client_id", TestKeycloak.TEST_CLIENT);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the " + grant.get("grant_type") + " grant: "
                    + response.statusCode() + " " + response.body());
        }
        return JSON.readValue(response.body(), Map.class);
    }

    /** Stops the refreshes and deletes the practitioners from the test realm. */
    @Override
    public void close() {
        refresher.shutdownNow();
        if (practitioners.isEmpty()) {
            return;
        }
        try {
            String admin = (String) JSON.readValue(http.send(HttpRequest.newBuilder(
                                    URI.create(keycloak.url() + "/realms/master/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(formEncoded(Map.of("grant_type", "password",
                                    "client_id", "admin-cli",
                                    "username", environment("PATCHWORK_TEST_KEYCLOAK_ADMIN", "admin"),
                                    "password", environment("PATCHWORK_TEST_KEYCLOAK_ADMIN_PASSWORD", "admin")))))
                            .build(), HttpResponse.BodyHandlers.ofString()).body(), Map.class)
                    .get("access_token");
            for (Practitioner practitioner : practitioners) {
                http.send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/admin/realms/" + TestKeycloak.REALM
                                + "/users/" + practitioner.user.id()))
                        .header("Authorization", "Bearer " + admin).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        } catch (Exception e) {
            System.err.println("Could not delete the benchmark's practitioners from Keycloak: " + e);
        }
    }

    private static String environment(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    private static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** One signed-in practitioner: professional {@code number} of the seeded county. */
    static final class Practitioner {

        final int number;
        final TestUser user;
        private volatile String accessToken;
        private volatile String refreshToken;
        private volatile List<UUID> clients = List.of();

        private Practitioner(int number, TestUser user) {
            this.number = number;
            this.user = user;
        }

        /** The subject of the practitioner's tokens: their Keycloak user id. */
        String subject() {
            return user.id();
        }

        String accessToken() {
            return accessToken;
        }

        List<UUID> clients() {
            return clients;
        }

        private void take(Map<?, ?> tokens) {
            accessToken = (String) tokens.get("access_token");
            refreshToken = (String) tokens.get("refresh_token");
        }
    }
}
