package org.patchwork.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway's firewall, with the header rules written as loops, still refuses what the strict firewall refuses,
 * and takes what it takes.
 */
class ExchangeFirewallTest {

    @Test
    void aControlCharacterInAHeaderOrParameterNameIsRefusedAndATokenAndLinesOfTextPass() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .get("/api/me/clients?purpose={purpose}", "First line\nsecond line")
                .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln")
                .header("X-Request-Note", "abc\u0085def"));

        ServerHttpRequest firewalled = new GatewaySecurityConfiguration().exchangeFirewall()
                .getFirewalledExchange(exchange).block().getRequest();

        assertThat(firewalled.getHeaders().getFirst("Authorization")).startsWith("Bearer ");
        assertThat(firewalled.getHeaders().getFirst("X-Absent")).isNull();
        assertThatThrownBy(() -> firewalled.getHeaders().getFirst("X-Request-Note"))
                .isInstanceOf(ServerExchangeRejectedException.class);
        assertThat(firewalled.getQueryParams().getFirst("purpose")).isEqualTo("First line\nsecond line");
    }

    @Test
    void aControlCharacterInAHeaderOrParameterNameIsRefused() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .get("/api/me/clients?{name}=Sample", "name\u0001").header("X-Sample\u0001", "value"));

        ServerHttpRequest firewalled = new GatewaySecurityConfiguration().exchangeFirewall()
                .getFirewalledExchange(exchange).block().getRequest();

        assertThatThrownBy(() -> firewalled.getHeaders().headerNames().forEach(name -> { }))
                .isInstanceOf(ServerExchangeRejectedException.class);
        assertThatThrownBy(() -> firewalled.getQueryParams().keySet().forEach(name -> { }))
                .isInstanceOf(ServerExchangeRejectedException.class);
    }
}
