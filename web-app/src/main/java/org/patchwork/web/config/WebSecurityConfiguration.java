package org.patchwork.web.config;

import java.util.LinkedHashMap;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * The web app sits behind the gateway, which signs the user in and relays their access token; every page
 * request is checked here as a {@code patchwork} token again (issuer, audience, expiry). The app keeps no
 * session of its own. Its forms carry a CSRF token (double-submit cookie) checked here on every unsafe request.
 * Spring Security would skip that check for any request with a bearer token, as an API call carries no ambient
 * credential; but here the token is relayed by the gateway for the browser's session cookie, which a forged form
 * from another origin sends too, so the check runs whatever the request carries. Each request is authenticated
 * afresh by its token, which is no sign-in: the form token is not renewed then (Spring Security would renew it on every
 * request, a stylesheet's included, and the page's form would then carry a token no longer valid).
 * <p>
 * The realm roles in the token decide which pages a user may open: staff administration is for agency
 * administrators, the audit for information governance officers, onboarding agencies for platform administrators.
 * The services check the same roles again.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    static final String CSRF_COOKIE = "PATCHWORK-WEB-CSRF";
    static final String FORBIDDEN_PAGE = "/forbidden";

    @Bean
    SecurityFilterChain webFilterChain(HttpSecurity http, TransportSecurityProperties transportSecurity)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/")
                .secure(transportSecurity.enabled()));
        return http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/webjars/**",
                                "/assets/**",
                                "/favicon.ico", "/patchwork.css").permitAll()
                        .requestMatchers("/staff", "/staff/**").hasRole("agency-admin")
                        .requestMatchers("/onboarding", "/onboarding/**").hasRole("platform-admin")
                        .requestMatchers("/audit", "/audit/**").hasRole("ig-officer")
                        .requestMatchers("/reports", "/reports/**").hasAnyRole("agency-admin", "manager")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(realmRoles())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                        .withObjectPostProcessor(everyUnsafeRequestChecked()))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(forbiddenPage()))
                .requestCache(cache -> cache.disable())
                .build();
    }

    /** Spring Security's own rule (every method but GET, HEAD, TRACE and OPTIONS), without the bearer exemption. */
    private static ObjectPostProcessor<CsrfFilter> everyUnsafeRequestChecked() {
        return new ObjectPostProcessor<>() {
            @Override
            public <F extends CsrfFilter> F postProcess(F filter) {
                filter.setRequireCsrfProtectionMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER);
                return filter;
            }
        };
    }

    /** Realm roles become authorities {@code ROLE_<role>}, as in the services. */
    static JwtAuthenticationConverter realmRoles() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> CurrentUser.realmRoles(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList());
        return converter;
    }

    /** A page the user's role does not allow says so; a missing or stale form token stays a plain refusal. */
    private static AccessDeniedHandler forbiddenPage() {
        AccessDeniedHandlerImpl rolePage = new AccessDeniedHandlerImpl();
        rolePage.setErrorPage(FORBIDDEN_PAGE);
        LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> byCause = new LinkedHashMap<>();
        byCause.put(CsrfException.class, new AccessDeniedHandlerImpl());
        return new DelegatingAccessDeniedHandler(byCause, rolePage);
    }
}
