package org.patchwork.gateway.config;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A request the gateway passes on to a service is measured and logged under the path pattern of the route that took
 * it (e.g. {@code /api/clients/**}), as a request the gateway answers itself is under its controller's template:
 * without it, every proxied request's {@code http.server.requests} observation (metrics, the request log line) has
 * the route {@code UNKNOWN}. The pattern is what the route's {@code Path} predicate matched; never the path's values.
 */
@Component
class RouteInRequestObservation implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String pattern = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ATTR);
        if (pattern != null) {
            ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                    .ifPresent(context -> context.setPathPattern(pattern));
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
