package org.patchwork.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutHandler;
import org.springframework.web.server.session.WebSessionStore;
import reactor.core.publisher.Mono;

/**
 * Ends the gateway sessions named by a verified OIDC logout token from Keycloak by removing them from the
 * session store. (Spring Security's default instead re-enters the gateway's own {@code /logout} over HTTP,
 * which the CSRF protection of that endpoint rightly refuses.)
 */
class BackChannelLogoutHandler implements ServerLogoutHandler {

    private final ReactiveOidcSessionRegistry oidcSessions;
    private final WebSessionStore sessionStore;

    BackChannelLogoutHandler(ReactiveOidcSessionRegistry oidcSessions, WebSessionStore sessionStore) {
        this.oidcSessions = oidcSessions;
        this.sessionStore = sessionStore;
    }

    @Override
    public Mono<Void> logout(WebFilterExchange exchange, Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof OidcLogoutToken logoutToken)) {
            return Mono.empty();
        }
        return oidcSessions.removeSessionInformation(logoutToken)
                .flatMap(session -> sessionStore.removeSession(session.getSessionId()))
                .then();
    }
}
