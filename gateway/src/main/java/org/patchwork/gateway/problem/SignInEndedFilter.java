package org.patchwork.gateway.problem;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A signed-in session whose tokens are gone (removed when Keycloak refused to renew them, e.g. in another session
 * of the same user) is a sign-in that has ended, answered as such by {@link GatewayErrorHandler}: not Spring
 * Security's redirect to Keycloak's authorization endpoint, which an API caller cannot follow.
 */
@Component
class SignInEndedFilter implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).onErrorMap(ClientAuthorizationRequiredException.class, SignInEnded::new);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** Carries the relay's failure past the sign-in redirect, to the gateway's error answer. */
    static final class SignInEnded extends RuntimeException {
        SignInEnded(Throwable cause) {
            super("The sign-in has ended", cause);
        }
    }
}
