package org.patchwork.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Right after a browser signs in, asks the directory whether the professional may still use Patchwork (their own
 * entry, {@code GET /api/directory/me}, with their new access token). When the directory refuses them — they have
 * left their agency, or their agency is suspended, not in the data sharing agreement or still being onboarded (their
 * sign-in was then its test sign-in, which the directory recorded) — the gateway session and the
 * Keycloak session end at once and the browser lands on a page that says so, not in the app. Any other answer (the
 * directory down, slow or erring) lets the sign-in go on: every service refuses such a caller itself.
 */
class StandingAtSignIn implements ServerAuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(StandingAtSignIn.class);
    private static final String PROBLEMS = "https://patchwork.example/problems/";
    /** The directory's problem types that end a sign-in, and the reason the page is given. */
    private static final Map<String, String> ENDED = Map.of(
            PROBLEMS + "professional-left", "left",
            PROBLEMS + "agency-suspended", "suspended",
            PROBLEMS + "agency-not-onboarded", "not-onboarded",
            PROBLEMS + "agency-onboarding", "test-sign-in");

    private final ServerAuthenticationSuccessHandler signedIn;
    private final ServerOAuth2AuthorizedClientRepository authorizedClients;
    private final ReactiveClientRegistrationRepository registrations;
    private final WebClient directory;
    private final Duration timeout;
    private final SignInMetrics metrics;

    StandingAtSignIn(ServerAuthenticationSuccessHandler signedIn, ServerOAuth2AuthorizedClientRepository authorizedClients,
                     ReactiveClientRegistrationRepository registrations, WebClient directory, Duration timeout,
                     SignInMetrics metrics) {
        this.signedIn = signedIn;
        this.authorizedClients = authorizedClients;
        this.registrations = registrations;
        this.directory = directory;
        this.timeout = timeout;
        this.metrics = metrics;
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange exchange, Authentication authentication) {
        return authorizedClients.<OAuth2AuthorizedClient>loadAuthorizedClient(
                        GatewaySecurityConfiguration.REGISTRATION, authentication, exchange.getExchange())
                .flatMap(client -> endedBecause(client.getAccessToken().getTokenValue()))
                .defaultIfEmpty(Optional.empty())
                .doOnNext(reason -> metrics.completed(authentication, reason.isPresent() ? "access-ended" : "signed-in"))
                .flatMap(reason -> reason.isPresent()
                        ? end(exchange, authentication, reason.get())
                        : signedIn.onAuthenticationSuccess(exchange, authentication));
    }

    /** Why the directory refuses this token's professional, if it does. */
    private Mono<Optional<String>> endedBecause(String accessToken) {
        return directory.get().uri("/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .exchangeToMono(response -> response.statusCode().isSameCodeAs(HttpStatus.FORBIDDEN)
                        ? response.bodyToMono(Problem.class).map(problem -> Optional.ofNullable(ENDED.get(problem.type())))
                                .defaultIfEmpty(Optional.empty())
                        : response.releaseBody().thenReturn(Optional.<String>empty()))
                .timeout(timeout)
                .onErrorResume(failure -> {
                    log.warn("Could not ask the directory about a professional signing in; letting the sign-in go on,"
                            + " as every service checks them too: {}", failure.toString());
                    return Mono.just(Optional.empty());
                });
    }

    /** Ends the gateway session, then the Keycloak session, landing on the page that says why. */
    private Mono<Void> end(WebFilterExchange exchange, Authentication authentication, String reason) {
        OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/access-ended?reason=" + reason);
        keycloakLogout.setLogoutSuccessUrl(URI.create("/access-ended?reason=" + reason));
        return authorizedClients.removeAuthorizedClient(GatewaySecurityConfiguration.REGISTRATION, authentication,
                        exchange.getExchange())
                .then(exchange.getExchange().getSession().flatMap(WebSession::invalidate))
                .then(keycloakLogout.onLogoutSuccess(exchange, authentication));
    }

    /** The part of an RFC 9457 problem read here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String type) {
    }
}
