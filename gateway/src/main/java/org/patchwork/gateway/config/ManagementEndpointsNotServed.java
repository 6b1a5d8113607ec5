package org.patchwork.gateway.config;

import org.patchwork.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The management endpoints of every part (health, metrics, …) are served on that part's management port only,
 * never through the gateway: on the public port an {@code /actuator} path is "not found", and it is not routed on to
 * the web app either. (The management port's own endpoints come first there, so they are unaffected.)
 */
@RestController
class ManagementEndpointsNotServed {

    @RequestMapping({"/actuator", "/actuator/**"})
    Mono<Void> notServed(ServerWebExchange exchange) {
        return Problems.write(exchange, HttpStatus.NOT_FOUND, "not-found", "Patchwork has no such page.", false);
    }
}
