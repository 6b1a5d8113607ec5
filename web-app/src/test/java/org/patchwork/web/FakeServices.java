package org.patchwork.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The services' APIs as the web app's page tests need them: canned JSON answers by method and path, and every request
 * received kept, so that a test can check what the web app asked. One fake stands in for all four services.
 *
 * <p>It stays beside the producers' stubs ({@link ProducerStubsTest}) because the page tests need what a contract's
 * stub cannot give: answers set per test (a client with no team, a closed client, an expired invitation, the page
 * after a change), the refusals and problems a service answers with (403 for a leaver or a suspended agency, 404,
 * 400 with field errors, 429), answers of the calls not yet under contract (network, invitations, look-up,
 * confirmations, audit, self-joins, staff administration), and the requests as received, to check which service a
 * page asked and which it did not. The shape of every answer under contract is checked against the producers' own
 * stubs in {@link ProducerStubsTest}, and against the producers themselves in their builds.
 */
final class FakeServices implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> received = new CopyOnWriteArrayList<>();

    private FakeServices(HttpServer server) {
        this.server = server;
    }

    static FakeServices start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeServices fake = new FakeServices(server);
            server.createContext("/", fake::handle);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method path} (no query) with this status and JSON body from now on. */
    FakeServices answer(String method, String path, int status, String json) {
        answers.put(method + " " + path, new Answer(status, json));
        return this;
    }

    void reset() {
        answers.clear();
        received.clear();
    }

    List<Request> received(String method, String path) {
        return received.stream().filter(request -> request.method().equals(method)
                && request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Request(method, path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"), new String(body, StandardCharsets.UTF_8)));
        Answer answer = answers.getOrDefault(method + " " + path, new Answer(404,
                "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"No such thing.\"}"));
        byte[] json = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                answer.status() >= 400 ? "application/problem+json" : "application/json");
        if (answer.status() == 204) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            exchange.sendResponseHeaders(answer.status(), json.length);
            exchange.getResponseBody().write(json);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    record Answer(int status, String json) {
    }

    record Request(String method, String path, String query, String contentType, String authorization, String body) {
    }
}
