package org.patchwork.directory;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** A client of the service under test that hands back error answers instead of throwing. */
public final class TestApi {

    private TestApi() {
    }

    public static RestClient at(int port) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }
}
