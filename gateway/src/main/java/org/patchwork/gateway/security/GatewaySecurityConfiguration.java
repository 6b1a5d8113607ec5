package org.patchwork.gateway.security;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * API calls ({@code /api/**}) need either the caller's own bearer token or a signed-in session; without one
 * they get a 401 problem, never a login redirect. The services check the relayed token again (issuer,
 * audience, roles), so the gateway is not the only line of defence.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    @Bean
    SecurityWebFilterChain apiFilterChain(ServerHttpSecurity http) {
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problemEntryPoint()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problemEntryPoint()))
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .build();
    }

    static ServerAuthenticationEntryPoint problemEntryPoint() {
        return (exchange, exception) -> {
            var response = exchange.getResponse();
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            response.getHeaders().set("WWW-Authenticate", "Bearer");
            DataBuffer body = response.bufferFactory().wrap(("""
                    {"type":"https://patchwork.example/problems/unauthenticated","title":"Unauthorized",\
                    "status":401,"detail":"Sign in to Patchwork: this request carries no valid session or token.",\
                    "instance":"%s"}""").formatted(exchange.getRequest().getPath().value())
                    .getBytes(StandardCharsets.UTF_8));
            return response.writeWith(Mono.just(body));
        };
    }
}
