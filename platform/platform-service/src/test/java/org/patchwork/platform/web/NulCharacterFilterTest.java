package org.patchwork.platform.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.problem.ProblemWriter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class NulCharacterFilterTest {

    private final NulCharacterFilter filter = new NulCharacterFilter(new ProblemWriter(new JsonMapper()));

    @Test
    void findsANulEscapeOrByteButNotAnEscapedBackslashBeforeU0000() {
        assertThat(NulCharacterFilter.hasNul(bytes("{\"q\":\"a\\u0000b\"}"))).isTrue();
        assertThat(NulCharacterFilter.hasNul(bytes("{\"q\":\"a\\U0000b\"}"))).isTrue();
        assertThat(NulCharacterFilter.hasNul(bytes("{\"q\":\"a\u0000b\"}"))).isTrue();
        assertThat(NulCharacterFilter.hasNul(bytes("{\"q\":\"a\\\\\\u0000\"}"))).isTrue();
        assertThat(NulCharacterFilter.hasNul(bytes("{\"q\":\"a\\\\u0000\"}"))).isFalse();
        assertThat(NulCharacterFilter.hasNul(bytes("{\"q\":\"u0000 and \\u0041\"}"))).isFalse();
    }

    @Test
    void refusesANulInAJsonBodyOrAParameterAndPassesTheBodyOnUnchangedOtherwise() throws Exception {
        MockHttpServletResponse refusedBody = run(json("{\"familyName\":\"O\\u0000Brien\"}"));
        MockHttpServletRequest parameter = new MockHttpServletRequest("GET", "/api/directory/professionals");
        parameter.addParameter("q", "nur\u0000se");
        MockHttpServletResponse refusedParameter = run(parameter);
        String[] passedOn = {null};
        MockHttpServletResponse passed = new MockHttpServletResponse();
        filter.doFilter(json("{\"familyName\":\"O'Brien\"}"), passed,
                (request, response) -> passedOn[0] = new String(request.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8));

        for (MockHttpServletResponse refused : new MockHttpServletResponse[]{refusedBody, refusedParameter}) {
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(refused.getContentType()).isEqualTo("application/problem+json");
            assertThat(refused.getContentAsString()).contains("Text must not contain NUL characters.");
        }
        assertThat(passedOn[0]).isEqualTo("{\"familyName\":\"O'Brien\"}");
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(299));
        return response;
    }

    private static MockHttpServletRequest json(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/clients/lookup");
        request.setContentType("application/json");
        request.setContent(bytes(body));
        return request;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
