package org.patchwork.gateway.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The directory's public list of the agencies that can sign in ({@code GET /api/directory/sign-in/agencies}), as the
 * gateway's tests need it: its answer can be changed, or made to fail, while the gateway runs. Anything else is 404.
 */
public final class FakeDirectory {

    private final HttpServer server;
    private volatile int status = 200;
    private volatile String agencies = "[]";
    private final AtomicInteger asked = new AtomicInteger();

    private FakeDirectory(HttpServer server) {
        this.server = server;
    }

    public static FakeDirectory start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeDirectory fake = new FakeDirectory(server);
            server.createContext("/", fake::handle);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Lists these agencies (the directory's JSON) from now on. */
    public FakeDirectory lists(String json) {
        this.agencies = json;
        this.status = 200;
        return this;
    }

    /** Answers the list with this error status from now on. */
    public FakeDirectory fails(int errorStatus) {
        this.status = errorStatus;
        return this;
    }

    public int timesAsked() {
        return asked.get();
    }

    /** The directory's entry for a live agency with one email domain, its code as its alias. */
    public static String agency(String code, String name, String domain, boolean live) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"identityProviderAlias\":\"" + code
                + "\",\"emailDomains\":[\"" + domain + "\"],\"live\":" + live + "}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean list = "GET".equals(exchange.getRequestMethod())
                    && "/api/directory/sign-in/agencies".equals(exchange.getRequestURI().getPath());
            if (list) {
                asked.incrementAndGet();
            }
            byte[] body = (list && status == 200 ? agencies : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", list && status == 200 ? "application/json"
                    : "application/problem+json");
            exchange.sendResponseHeaders(list ? status : 404, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
