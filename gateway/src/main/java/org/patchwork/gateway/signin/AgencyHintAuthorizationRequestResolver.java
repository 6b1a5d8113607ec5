package org.patchwork.gateway.signin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Starts the login at Keycloak with PKCE and, when the sign-in page named an agency ({@code ?idp=}), with
 * {@code kc_idp_hint} so Keycloak sends the user straight to that agency's identity provider. Only aliases of
 * onboarded agencies are passed on; anything else falls back to Keycloak's own chooser.
 */
public class AgencyHintAuthorizationRequestResolver implements ServerOAuth2AuthorizationRequestResolver {

    private final DefaultServerOAuth2AuthorizationRequestResolver delegate;
    private final Agencies agencies;

    public AgencyHintAuthorizationRequestResolver(ReactiveClientRegistrationRepository registrations,
                                                  Agencies agencies) {
        this.delegate = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        this.delegate.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        this.agencies = agencies;
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
        return delegate.resolve(exchange).map(request -> withAgencyHint(exchange, request));
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String clientRegistrationId) {
        return delegate.resolve(exchange, clientRegistrationId).map(request -> withAgencyHint(exchange, request));
    }

    private OAuth2AuthorizationRequest withAgencyHint(ServerWebExchange exchange, OAuth2AuthorizationRequest request) {
        var query = exchange.getRequest().getQueryParams();
        Map<String, Object> parameters = new LinkedHashMap<>(request.getAdditionalParameters());
        agencies.byIdpAlias(String.valueOf(query.getFirst("idp")))
                .ifPresent(agency -> parameters.put("kc_idp_hint", agency.idpAlias()));
        String loginHint = query.getFirst("login_hint");
        if (loginHint != null && loginHint.length() <= 254) {
            parameters.put("login_hint", loginHint);
        }
        return OAuth2AuthorizationRequest.from(request).additionalParameters(parameters).build();
    }
}
