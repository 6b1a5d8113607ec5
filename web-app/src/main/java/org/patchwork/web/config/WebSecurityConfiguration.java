package org.patchwork.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * The web app sits behind the gateway, which signs the user in and relays their access token; every page
 * request is checked here as a {@code patchwork} token again (issuer, audience, expiry). The app keeps no
 * session of its own. Its forms carry a CSRF token (double-submit cookie) checked here.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    static final String CSRF_COOKIE = "PATCHWORK-WEB-CSRF";

    @Bean
    SecurityFilterChain webFilterChain(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/"));
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/webjars/**", "/assets/**", "/favicon.ico", "/patchwork.css").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
