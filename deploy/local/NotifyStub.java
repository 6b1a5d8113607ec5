import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The local stand-in for GOV.UK Notify's API (v2), for {@code ./patchwork up}: it accepts emails and text messages
 * as Notify does, keeps what it accepted, and answers look-ups by reference and by id, so that a message whose
 * outcome was unknown (the send was interrupted) resolves locally as it would against Notify. On council hosting
 * notification-service talks to Notify itself.
 *
 * <p>Run with the source launcher and Jackson on the class path:
 * {@code java -cp 'jackson jars' deploy/local/NotifyStub.java <address> <port>}.
 */
public final class NotifyStub {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KEPT = 10_000;
    private static final DateTimeFormatter NOTIFY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private final Deque<ObjectNode> accepted = new ConcurrentLinkedDeque<>();
    private final String baseUrl;

    private NotifyStub(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] arguments) throws IOException {
        String address = arguments.length > 0 ? arguments[0] : "127.0.0.1";
        int port = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 8089;
        NotifyStub stub = new NotifyStub("http://" + address + ":" + port);
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.createContext("/health", exchange -> stub.answer(exchange, 200, JSON.createObjectNode().put("status", "ok")));
        server.createContext("/v2/notifications", stub::notifications);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        System.out.println("GOV.UK Notify stub listening on " + stub.baseUrl);
    }

    private void notifications(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                answer(exchange, 403, error(403, "AuthError", "Error: Your system clock must be accurate to within 30 seconds"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && (path.equals("/v2/notifications/sms") || path.equals("/v2/notifications/email"))) {
                send(exchange, path.endsWith("sms") ? "sms" : "email");
            } else if (method.equals("GET") && path.equals("/v2/notifications")) {
                list(exchange);
            } else if (method.equals("GET") && path.startsWith("/v2/notifications/")) {
                String id = path.substring("/v2/notifications/".length());
                accepted.stream().filter(held -> held.get("id").asText().equals(id)).findFirst().ifPresentOrElse(
                        held -> answer(exchange, 200, held),
                        () -> answer(exchange, 404, error(404, "NoResultFound", "No result found")));
            } else {
                answer(exchange, 404, error(404, "NotFound", "Not found"));
            }
        }
    }

    private void send(HttpExchange exchange, String type) throws IOException {
        JsonNode request;
        try (InputStream body = exchange.getRequestBody()) {
            request = JSON.readTree(body);
        }
        String recipientField = type.equals("sms") ? "phone_number" : "email_address";
        if (request == null || !request.hasNonNull("template_id") || !request.hasNonNull(recipientField)) {
            answer(exchange, 400, error(400, "ValidationError", recipientField + " and template_id are required"));
            return;
        }
        String id = UUID.randomUUID().toString();
        String body = "Accepted by the local GOV.UK Notify stub: " + request.path("personalisation");
        ObjectNode template = JSON.createObjectNode().put("id", request.get("template_id").asText()).put("version", 1)
                .put("uri", baseUrl + "/v2/template/" + request.get("template_id").asText());
        ObjectNode held = JSON.createObjectNode().put("id", id).put("reference", request.path("reference").asText(null));
        held.put("email_address", type.equals("email") ? request.get(recipientField).asText() : null);
        held.put("phone_number", type.equals("sms") ? request.get(recipientField).asText() : null);
        for (String line : List.of("line_1", "line_2", "line_3", "line_4", "line_5", "line_6", "postcode", "postage")) {
            held.putNull(line);
        }
        String now = NOTIFY_TIME.format(Instant.now().truncatedTo(ChronoUnit.MICROS));
        held.put("type", type).put("status", "delivered").set("template", template);
        held.put("body", body).put("subject", type.equals("email") ? "Patchwork" : null)
                .put("created_at", now).put("sent_at", now).put("completed_at", now);
        accepted.addFirst(held);
        while (accepted.size() > KEPT) {
            accepted.pollLast();
        }
        ObjectNode content = JSON.createObjectNode().put("body", body);
        if (type.equals("sms")) {
            content.put("from_number", "PATCHWORK");
        } else {
            content.put("subject", "Patchwork").put("from_email", "patchwork@notify.example");
        }
        ObjectNode response = JSON.createObjectNode().put("id", id).put("reference", held.get("reference").asText(null));
        response.set("content", content);
        response.put("uri", baseUrl + "/v2/notifications/" + id);
        response.set("template", template);
        answer(exchange, 201, response);
    }

    private void list(HttpExchange exchange) {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        ArrayNode found = JSON.createArrayNode();
        accepted.stream()
                .filter(held -> matches(query.get("reference"), held.get("reference").asText(null)))
                .filter(held -> matches(query.get("template_type"), held.get("type").asText()))
                .filter(held -> matches(query.get("status"), held.get("status").asText()))
                .limit(250)
                .forEach(found::add);
        ObjectNode response = JSON.createObjectNode();
        response.set("notifications", found);
        response.set("links", JSON.createObjectNode().put("current", baseUrl + "/v2/notifications").putNull("next"));
        answer(exchange, 200, response);
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.equals(value);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static ObjectNode error(int status, String kind, String message) {
        ObjectNode error = JSON.createObjectNode().put("error", kind).put("message", message);
        ArrayNode errors = JSON.createArrayNode().add(error);
        ObjectNode body = JSON.createObjectNode().put("status_code", status);
        body.set("errors", errors);
        return body;
    }

    private void answer(HttpExchange exchange, int status, JsonNode body) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            exchange.close();
        }
    }
}
