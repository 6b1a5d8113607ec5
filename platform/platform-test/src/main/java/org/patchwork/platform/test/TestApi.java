package org.patchwork.platform.test;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the service under test over HTTP as a client would, and hands back every answer — errors included — so
 * that tests assert on statuses and problem bodies.
 */
public final class TestApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestApi() {
    }

    public static RestClient client(int port) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    /** Sends {@code body} as JSON (when given) with the bearer token (when given); the raw answer. */
    public static ResponseEntity<String> exchange(RestClient api, HttpMethod method, String path, String bearer,
                                                  Object body) {
        RestClient.RequestBodySpec request = api.method(method).uri(path);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    /** A JSON object as a map; a JSON array under {@code items}; nothing as an empty map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> json(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        return body.startsWith("[") ? Map.of("items", JSON.readValue(body, List.class)) : JSON.readValue(body, Map.class);
    }
}
