package org.patchwork.directory.provisioning;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The SCIM endpoint ({@code /scim/**}) has a security filter chain of its own, before the service's Keycloak one:
 * it accepts only the bearer tokens platform administrators issue to agencies' provisioning clients (never a
 * Keycloak token), looked up by their hash, and answers refusals as SCIM errors.
 */
@Configuration(proxyBeanMethods = false)
class ScimSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain scimFilterChain(HttpSecurity http, ScimCredentialService credentials) throws Exception {
        OpaqueTokenIntrospector introspector = token -> credentials.authenticate(token)
                .map(ScimClient::principal)
                .orElseThrow(() -> new BadOpaqueTokenException("Unknown or revoked SCIM credential"));
        return http
                .securityMatcher("/scim/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(ScimClient.AUTHORITY))
                .oauth2ResourceServer(server -> server
                        .opaqueToken(opaque -> opaque.introspector(introspector))
                        .authenticationEntryPoint((request, response, exception) -> unauthenticated(response))
                        .accessDeniedHandler((request, response, exception) -> ScimResponses.write(response,
                                ScimResponses.error(HttpServletResponse.SC_FORBIDDEN, null, refusal()))))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, exception) -> unauthenticated(response)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .build();
    }

    /** Why an authenticated provisioning client is refused: its agency's suspension, or what it asked. */
    private static String refusal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal
                && !ScimClient.from(principal).agencyOnboarded()) {
            return "The agency is suspended from Patchwork: its provisioning is refused until a platform administrator"
                    + " reinstates it.";
        }
        return "This credential may not do this.";
    }

    private static void unauthenticated(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Patchwork SCIM\"");
        ScimResponses.write(response, ScimResponses.error(HttpServletResponse.SC_UNAUTHORIZED, null,
                "A valid SCIM bearer token of the agency's provisioning is required; this one is missing,"
                        + " unknown or revoked."));
    }
}
