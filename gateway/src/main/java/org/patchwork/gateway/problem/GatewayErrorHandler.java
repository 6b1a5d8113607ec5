package org.patchwork.gateway.problem;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * What the gateway answers when a request fails on its way through, instead of Spring's default error body:
 * <ul>
 *   <li>the user's sign-in can no longer be renewed (Keycloak refused the refresh token: the account was disabled,
 *       the session ended or expired): the gateway session ends; an API call gets a 401 problem, a page goes to the
 *       sign-in page;</li>
 *   <li>a service cannot be reached (refused, unknown host): 502; none is available: 503; it did not answer in time:
 *       504 — each a problem naming no internal address;</li>
 *   <li>any other refusal keeps its status as a problem; anything unexpected is a 500 problem, logged here.</li>
 * </ul>
 * A page (a browser navigation outside {@code /api}) gets the same status with the gateway's "service unavailable"
 * page instead of a problem: this handler leaves it to Spring Boot's, ordered after it, which renders
 * {@code templates/error/5xx.html}.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        exchange.getResponse().getHeaders().clearContentHeaders();
        if (causedBy(failure, OAuth2AuthorizationException.class)) {
            return signInEnded(exchange);
        }
        if (causedBy(failure, ConnectException.class) || causedBy(failure, UnknownHostException.class)) {
            log.warn("A service could not be reached for {}: {}", exchange.getRequest().getPath(), failure.toString());
            if (isPage(exchange)) {
                return Mono.error(new ResponseStatusException(HttpStatus.BAD_GATEWAY));
            }
            return Problems.write(exchange, HttpStatus.BAD_GATEWAY, "service-unreachable",
                    "A part of Patchwork could not be reached. Try again in a few minutes.", true);
        }
        if (causedBy(failure, TimeoutException.class)) {
            log.warn("A service did not answer in time for {}: {}", exchange.getRequest().getPath(), failure.toString());
            if (isPage(exchange)) {
                return Mono.error(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT));
            }
            return Problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout",
                    "A part of Patchwork did not answer in time. Try again in a few minutes.", true);
        }
        if (failure instanceof ResponseStatusException refused) {
            return isPage(exchange) ? Mono.error(failure) : refused(exchange, refused.getStatusCode());
        }
        log.error("The gateway failed on {}", exchange.getRequest().getPath(), failure);
        if (isPage(exchange)) {
            return Mono.error(new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR));
        }
        return Problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Patchwork could not complete this request.", true);
    }

    private static Mono<Void> refused(ServerWebExchange exchange, HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            return Problems.write(exchange, status, "service-unavailable",
                    "A part of Patchwork is not available at the moment. Try again in a few minutes.", true);
        }
        return Problems.write(exchange, status, "http-" + status.value(), status.getReasonPhrase() + ".", true);
    }

    private static Mono<Void> signInEnded(ServerWebExchange exchange) {
        Mono<Void> endSession = exchange.getSession().flatMap(WebSession::invalidate);
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return endSession.then(Problems.write(exchange, HttpStatus.UNAUTHORIZED, "sign-in-ended",
                    "Your Patchwork sign-in has ended. Sign in again.", true));
        }
        return endSession.then(Mono.fromRunnable(() -> {
            exchange.getResponse().setStatusCode(HttpStatus.FOUND);
            exchange.getResponse().getHeaders().setLocation(URI.create("/sign-in"));
        })).then(exchange.getResponse().setComplete());
    }

    private static boolean isPage(ServerWebExchange exchange) {
        return !exchange.getRequest().getPath().value().startsWith("/api/") && exchange.getRequest().getHeaders()
                .getAccept().stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
