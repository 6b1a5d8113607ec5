package org.patchwork.gateway.signin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Starts the login at Keycloak with PKCE and, when the sign-in page named an agency ({@code ?idp=}), with
 * {@code kc_idp_hint} so Keycloak sends the user straight to that agency's identity provider. Only aliases of
 * agencies the directory lists (live, or being onboarded: their test sign-in link) are passed on; anything else falls
 * back to Keycloak's own chooser.
 */
public class AgencyHintAuthorizationRequestResolver implements ServerOAuth2AuthorizationRequestResolver {

    /** The session attribute naming the IdP this sign-in was sent to, so that a failure is counted against it. */
    public static final String CHOSEN_IDP = "patchwork.sign-in.idp";

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
        return delegate.resolve(exchange).flatMap(request -> withAgencyHint(exchange, request));
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String clientRegistrationId) {
        return delegate.resolve(exchange, clientRegistrationId).flatMap(request -> withAgencyHint(exchange, request));
    }

    private Mono<OAuth2AuthorizationRequest> withAgencyHint(ServerWebExchange exchange,
                                                           OAuth2AuthorizationRequest request) {
        var query = exchange.getRequest().getQueryParams();
        Map<String, Object> parameters = new LinkedHashMap<>(request.getAdditionalParameters());
        return agencies.byIdpAlias(String.valueOf(query.getFirst("idp"))).flatMap(agency -> {
            agency.ifPresent(chosen -> parameters.put("kc_idp_hint", chosen.idpAlias()));
            String loginHint = query.getFirst("login_hint");
            if (loginHint != null && loginHint.length() <= 254) {
                parameters.put("login_hint", loginHint);
            }
            OAuth2AuthorizationRequest hinted = OAuth2AuthorizationRequest.from(request)
                    .additionalParameters(parameters).build();
            return exchange.getSession()
                    .doOnNext(session -> agency.ifPresentOrElse(
                            chosen -> session.getAttributes().put(CHOSEN_IDP, chosen.idpAlias()),
                            () -> session.getAttributes().remove(CHOSEN_IDP)))
                    .thenReturn(hinted);
        });
    }
}
