package org.patchwork.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's own RFC 9457 answers, in the shape the services give theirs. */
public final class Problems {

    public static final String TYPE_BASE = "https://patchwork.example/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /**
     * Writes a problem of type {@code type} (appended to {@link #TYPE_BASE}); {@code instance} is the request's path
     * when {@code withInstance}, left out where the path itself may be what was refused.
     */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String detail,
                                   boolean withInstance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (withInstance) {
            problem.put("instance", exchange.getRequest().getPath().value());
        }
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
