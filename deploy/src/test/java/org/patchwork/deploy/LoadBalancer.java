package org.patchwork.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The load balancer in front of the gateways, as a council's proxy or ingress would be: a round-robin HTTP/1.1
 * reverse proxy on loopback that passes every request's headers (cookies included) and body to the next backend, adds
 * {@code X-Forwarded-Host}, {@code -Port}, {@code -Proto} and {@code -For} (the gateways take the browser's address
 * from them), passes the answer back as it is (redirects not followed, every {@code Set-Cookie} kept) and skips a
 * backend that refuses connections (or, for an idempotent request, breaks the connection). It holds no session:
 * whichever gateway it picks must know the browser.
 */
final class LoadBalancer implements AutoCloseable {

    /** Headers of one hop only (RFC 9110, 7.6.1), and those the JDK client sets itself. */
    private static final Set<String> NOT_PASSED = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length", "expect");

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
    private final List<URI> backends = new CopyOnWriteArrayList<>();
    private final Map<URI, AtomicLong> served = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    LoadBalancer(int port, URI... backends) throws IOException {
        this.backends.addAll(List.of(backends));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::forward);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on, spreads the requests over exactly these backends. */
    void use(URI... backends) {
        this.backends.clear();
        this.backends.addAll(List.of(backends));
    }

    /** How many requests {@code backend} has answered. */
    long served(URI backend) {
        return served.computeIfAbsent(backend, any -> new AtomicLong()).get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            List<URI> candidates = List.copyOf(backends);
            int first = Math.floorMod(next.getAndIncrement(), Math.max(candidates.size(), 1));
            for (int i = 0; i < candidates.size(); i++) {
                URI backend = candidates.get((first + i) % candidates.size());
                HttpResponse<byte[]> response;
                try {
                    response = client.send(request(exchange, backend, body), HttpResponse.BodyHandlers.ofByteArray());
                } catch (ConnectException refused) {
                    continue;
                } catch (IOException broken) {
                    // As nginx's proxy_next_upstream: a request that may have reached the backend is tried on
                    // another only when repeating it changes nothing.
                    if (IDEMPOTENT.contains(exchange.getRequestMethod())) {
                        continue;
                    }
                    throw broken;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                served.computeIfAbsent(backend, any -> new AtomicLong()).incrementAndGet();
                answer(exchange, response);
                return;
            }
            exchange.sendResponseHeaders(502, -1);
        }
    }

    private static HttpRequest request(HttpExchange exchange, URI backend, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend + exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(60));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_PASSED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        String host = exchange.getRequestHeaders().getFirst("Host");
        return request.header("X-Forwarded-Host", host)
                .header("X-Forwarded-Port", String.valueOf(exchange.getLocalAddress().getPort()))
                .header("X-Forwarded-Proto", "http")
                .header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress())
                .build();
    }

    private static void answer(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
        response.headers().map().forEach((name, values) -> {
            if (!NOT_PASSED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = response.body();
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        client.close();
    }
}
