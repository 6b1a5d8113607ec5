package org.patchwork.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.patchwork.gateway.signin.AgencyHintAuthorizationRequestResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import reactor.core.publisher.Mono;

/**
 * Sign-ins as the operators watch them: completed sign-ins per agency ({@code outcome} {@code signed-in}, or
 * {@code access-ended} when the directory refused the professional), and failed ones per identity provider, the
 * agency's IdP chosen on the sign-in page ({@code none} when the professional chose at Keycloak). A burst of
 * failures at one IdP usually means its secret or certificate changed on one side only.
 */
class SignInMetrics {

    static final String UNKNOWN = "none";

    private final MeterRegistry meters;

    SignInMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void completed(Authentication authentication, String outcome) {
        Object agency = authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal
                ? principal.getAttribute("agency") : null;
        meters.counter("patchwork.sign-ins", "agency", agency == null ? UNKNOWN : agency.toString(),
                "outcome", outcome).increment();
    }

    /** Counts the failure against the IdP the sign-in started with, then hands over to {@code then}. */
    ServerAuthenticationFailureHandler countingFailures(ServerAuthenticationFailureHandler then) {
        return (WebFilterExchange exchange, AuthenticationException failure) -> exchange.getExchange().getSession()
                .map(session -> session.getAttributeOrDefault(AgencyHintAuthorizationRequestResolver.CHOSEN_IDP,
                        UNKNOWN))
                .defaultIfEmpty(UNKNOWN)
                .doOnNext(idp -> meters.counter("patchwork.sign-ins.failed", "idp", idp).increment())
                .then(Mono.defer(() -> then.onAuthenticationFailure(exchange, failure)));
    }
}
