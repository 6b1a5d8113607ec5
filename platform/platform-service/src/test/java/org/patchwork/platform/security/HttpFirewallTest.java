package org.patchwork.platform.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.problem.ProblemWriter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every service's firewall, with the header rules written as loops, still refuses what the strict
 * firewall refuses, and takes what it takes.
 */
class HttpFirewallTest {

    @Test
    void aControlCharacterInAHeaderOrParameterNameIsRefusedAndATokenAndLinesOfTextPass() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me/clients");
        request.addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln");
        request.addHeader("X-Request-Note", "abc\u0007def");
        request.addParameter("name\u0000", "Sample");
        request.addParameter("purpose", "First line\nsecond line");
        FirewalledRequest firewalled = new ResourceServerSecurityAutoConfiguration().httpFirewall()
                .getFirewalledRequest(request);

        assertThat(firewalled.getHeader("Authorization")).startsWith("Bearer ");
        assertThatThrownBy(() -> firewalled.getHeader("X-Request-Note")).isInstanceOf(RequestRejectedException.class);
        assertThat(firewalled.getParameter("purpose")).isEqualTo("First line\nsecond line");
        assertThatThrownBy(() -> firewalled.getParameter("name\u0000")).isInstanceOf(RequestRejectedException.class);
    }

    @Test
    void aRefusedRequestIsAnsweredWithAProblemNamingNeitherHeaderNorAddress() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me/clients;jsessionid=x");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ProblemWriter(JsonMapper.builder().build()).requestRejectedHandler()
                .handle(request, response, new RequestRejectedException("The request was rejected"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        Map<?, ?> problem = JsonMapper.builder().build().readValue(response.getContentAsString(), Map.class);
        assertThat(problem.get("type")).isEqualTo("https://patchwork.example/problems/request-rejected");
        assertThat(problem.get("instance")).isNull();
        assertThat(response.getContentAsString()).doesNotContain("jsessionid");
    }
}
