package org.patchwork.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.problem.ProblemWriter;
import org.patchwork.platform.problem.RequestBodyTooLargeException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodyLimitFilterTest {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(10, new ProblemWriter(new JsonMapper()));

    @Test
    void refusesADeclaredOversizedBodyWithoutReadingIt() throws Exception {
        MockHttpServletRequest request = json("{\"name\":\"far too long\"}");
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] reachedController = {false};

        filter.doFilter(request, response, (req, res) -> reachedController[0] = true);

        assertThat(reachedController[0]).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("body-too-large");
    }

    @Test
    void stopsAnUndeclaredBodyAsSoonAsItGrowsPastTheLimit() {
        MockHttpServletRequest chunked = new MockHttpServletRequest("PUT", "/api/directory/me") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContent("{\"name\":\"far too long\"}".getBytes(StandardCharsets.UTF_8));
        chunked.setContentType("application/json");

        assertThatThrownBy(() -> filter.doFilter(chunked, new MockHttpServletResponse(),
                (req, res) -> req.getInputStream().readAllBytes()))
                .isInstanceOf(RequestBodyTooLargeException.class);
    }

    @Test
    void passesABodyWithinTheLimit() throws IOException, jakarta.servlet.ServletException {
        MockHttpServletRequest request = json("{\"a\":1}");
        String[] read = new String[1];

        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> read[0] = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

        assertThat(read[0]).isEqualTo("{\"a\":1}");
    }

    private static MockHttpServletRequest json(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/directory/me");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
