package org.patchwork.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.patchwork.gateway.problem.Problems;
import org.patchwork.gateway.signin.Agencies;
import org.patchwork.gateway.signin.AgencyHintAuthorizationRequestResolver;
import org.patchwork.platform.security.checks.HeaderCharacters;
import org.patchwork.platform.security.checks.ReactiveVerifiedTokenDecoder;
import org.patchwork.platform.security.checks.VerifiedTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

/**
 * The gateway is Patchwork's backend-for-frontend. A browser signs in through Keycloak (authorization code
 * with PKCE, the agency's identity provider chosen on the sign-in page); its tokens stay in the gateway's
 * session, behind an HttpOnly SameSite cookie, and the access token is relayed to the services. API clients
 * may instead send a {@code patchwork} bearer token, checked here (a stateless chain of its own: no session)
 * and again by each service.
 * <p>
 * Unauthenticated API calls get a 401 problem; browser navigation goes to the sign-in page. A professional whom the
 * directory refuses at sign-in (a leaver, a suspended agency's staff) is signed out at once ({@link StandingAtSignIn}). Logout ends the
 * gateway session and the Keycloak session (RP-initiated), and Keycloak's back-channel logout ends the
 * gateway session when the user signs out elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    static final String REGISTRATION = "keycloak";
    private static final ServerWebExchangeMatcher API = new PathPatternParserServerWebExchangeMatcher("/api/**");
    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
        String endpoints = keycloak.issuer() + "/protocol/openid-connect";
        String backchannel = keycloak.backchannelEndpoints();
        return new InMemoryReactiveClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(keycloak.issuer())
                .authorizationUri(endpoints + "/auth")
                .tokenUri(backchannel + "/token")
                .jwkSetUri(backchannel + "/certs")
                .userInfoUri(backchannel + "/userinfo")
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(java.util.Map.of("end_session_endpoint", endpoints + "/logout"))
                .clientName("Patchwork")
                .build());
    }

    /**
     * No observation per security filter, authentication and authorisation: each exchange is already observed once
     * as a whole, and the nested observations were a tenth of the gateway's CPU on the busiest reads.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall, its character checks without regular expressions ({@link HeaderCharacters}):
     * matching every request's headers, the access token among them, with the expressions was a tenth of the
     * gateway's CPU on the busiest reads.
     */
    @Bean
    ServerWebExchangeFirewall exchangeFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        HeaderCharacters.applyTo(firewall::setAllowedHeaderNames, firewall::setAllowedHeaderValues,
                firewall::setAllowedParameterNames);
        return firewall;
    }

    /**
     * A bearer token is checked as the services check it (signature against the realm's keys, expiry, issuer,
     * audience); one whose signature checked out is remembered until it expires ({@link VerifiedTokens}), its claims
     * still checked on every request.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(KeycloakProperties keycloak) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSetUri(keycloak.backchannelEndpoints() + "/certs").build();
        OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null
                && jwt.getAudience().contains(keycloak.audience())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token is not meant for the Patchwork API", null));
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                new JwtIssuerValidator(keycloak.issuer()), audience);
        decoder.setJwtValidator(validator);
        return new ReactiveVerifiedTokenDecoder(
                new VerifiedTokens(validator, keycloak.verifiedTokens(), Clock.systemUTC()), decoder);
    }

    /**
     * An API call carrying its own bearer token has a stateless chain of its own, ahead of the browser's: the token
     * checked, nothing else. No session is read or created, no sign-in, logout or back-channel filters, no CSRF token
     * (a bearer call carries no ambient credential), no saved request: the cheapest path through the gateway, for
     * the calls that are most of its traffic.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain bearerApiFilterChain(ServerHttpSecurity http, TransportSecurityProperties transportSecurity) {
        return http
                .securityMatcher(new AndServerWebExchangeMatcher(API, GatewaySecurityConfiguration::bearerToken))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/calendar/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { })
                        .authenticationEntryPoint(problemEntryPoint()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(ResponseHeaders.all(transportSecurity))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problemEntryPoint()))
                .build();
    }

    /**
     * The directory's SCIM endpoint, where agencies' identity providers (Entra ID, Okta) provision their staff: its
     * bearer tokens are the directory's own per-agency credentials, not Keycloak's, so only the directory can check
     * them (and does, on every request: directory-service/README.md). The gateway passes these requests through
     * untouched: no session, sign-in, token check or CSRF here.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityWebFilterChain scimFilterChain(ServerHttpSecurity http, TransportSecurityProperties transportSecurity) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/scim/v2/**"))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(ResponseHeaders.all(transportSecurity))
                .build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
                                              Agencies agencies, WebSessionManager sessions,
                                              ReactiveOidcSessionRegistry oidcSessions,
                                              ServerOAuth2AuthorizedClientRepository authorizedClients,
                                              @Value("${patchwork.sign-in.directory-url}") String directoryUrl,
                                              TransportSecurityProperties transportSecurity, MeterRegistry meters) {
        // When Keycloak ends a user's session (sign-out elsewhere, an administrator, a disabled account) it calls
        // back with a logout token; the gateway then ends its own session of that user. Sessions and their links to
        // Keycloak's are in the gateway's database (SessionStoreConfiguration): any instance can end any session.
        BackChannelLogoutHandler backChannelLogout = new BackChannelLogoutHandler(oidcSessions,
                ((DefaultWebSessionManager) sessions).getSessionStore());

        OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/signed-out");

        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(transportSecurity.enabled()));

        WebSessionServerRequestCache pageCache = new WebSessionServerRequestCache();
        pageCache.setSaveRequestMatcher(new AndServerWebExchangeMatcher(
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/**"), new NegatedServerWebExchangeMatcher(API)));
        RedirectServerAuthenticationSuccessHandler toSavedPage = new RedirectServerAuthenticationSuccessHandler();
        toSavedPage.setRequestCache(pageCache);
        SignInMetrics signIns = new SignInMetrics(meters);
        StandingAtSignIn standingAtSignIn = new StandingAtSignIn(toSavedPage, authorizedClients, registrations,
                WebClient.builder().baseUrl(directoryUrl).build(), Duration.ofSeconds(5), signIns);

        return http
                .authorizeExchange(exchanges -> exchanges
                        // The management endpoints are on the management port only: here any /actuator path is
                        // answered "not found" to everyone (ManagementEndpointsNotServed).
                        .pathMatchers("/actuator/**", "/sign-in", "/sign-in/**",
                                "/signed-out", "/access-ended", "/assets/**", "/webjars/**", "/favicon.ico").permitAll()
                        // Calendar apps cannot sign in: the feed's long secret URL is its credential, checked
                        // by the schedule service.
                        .pathMatchers(HttpMethod.GET, "/api/calendar/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> login
                        .oidcSessionRegistry(oidcSessions)
                        .authorizationRequestResolver(new AgencyHintAuthorizationRequestResolver(registrations, agencies))
                        .authenticationSuccessHandler(standingAtSignIn)
                        .authenticationFailureHandler(signIns.countingFailures(
                                new RedirectServerAuthenticationFailureHandler("/sign-in?error"))))
                .oauth2ResourceServer(server -> server.jwt(jwt -> { })
                        .authenticationEntryPoint(problemEntryPoint()))
                .oidcLogout(logout -> logout.oidcSessionRegistry(oidcSessions)
                        .backChannel(backChannel -> backChannel.logoutHandler(backChannelLogout)))
                .logout(logout -> logout.logoutSuccessHandler(keycloakLogout))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(sessionStateChange()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(apiProblemOrSignInPage()))
                .requestCache(cache -> cache.requestCache(pageCache))
                .headers(ResponseHeaders.all(transportSecurity))
                .build();
    }

    private static ServerAuthenticationEntryPoint apiProblemOrSignInPage() {
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(API, problemEntryPoint()));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint("/sign-in"));
        return entryPoint;
    }

    /**
     * CSRF protection where the browser's session cookie authenticates a state change: API calls and the
     * gateway's own forms. Bearer-token calls carry no ambient credential and need none; page forms are
     * passed to the web app, which checks its own CSRF token.
     */
    private static ServerWebExchangeMatcher sessionStateChange() {
        ServerWebExchangeMatcher gatewayOwned = new OrServerWebExchangeMatcher(API,
                new PathPatternParserServerWebExchangeMatcher("/logout"),
                new PathPatternParserServerWebExchangeMatcher("/sign-in/**"));
        return exchange -> {
            boolean unsafe = !SAFE_METHODS.contains(exchange.getRequest().getMethod());
            return unsafe && !isBearer(exchange) ? gatewayOwned.matches(exchange)
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

    private static Mono<ServerWebExchangeMatcher.MatchResult> bearerToken(ServerWebExchange exchange) {
        return isBearer(exchange) ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    private static boolean isBearer(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** Spring Security creates CSRF tokens lazily; subscribing makes the cookie available to every page. */
    @Bean
    WebFilter csrfCookieFilter() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
        };
    }

    static ServerAuthenticationEntryPoint problemEntryPoint() {
        return (exchange, exception) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Sign in to Patchwork: this request carries no valid session or token.", true);
        };
    }

    /**
     * A request the firewall refuses (a control character in a header, an encoded slash or a semicolon in the URL,
     * an unknown method) gets a 400 problem, as every other error, naming neither the header nor the URL, since
     * either may be what was refused.
     */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler() {
        return (exchange, rejected) -> Problems.write(exchange, HttpStatus.BAD_REQUEST, "request-rejected",
                "Patchwork does not accept this request: a header or the address holds characters it refuses.", false);
    }
}
