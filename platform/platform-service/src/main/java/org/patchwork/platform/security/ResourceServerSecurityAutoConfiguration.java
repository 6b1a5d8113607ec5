package org.patchwork.platform.security;

import java.time.Clock;
import java.util.List;

import org.patchwork.platform.problem.ProblemWriter;
import org.patchwork.platform.security.checks.HeaderCharacters;
import org.patchwork.platform.security.checks.VerifiedTokens;
import org.patchwork.platform.security.standing.AccessStanding;
import org.patchwork.platform.security.standing.StandingFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server that trusts only access tokens of the {@code patchwork} realm
 * carrying the Patchwork API audience. Anything not listed as public needs a valid token; what the token
 * may do is then decided by roles and by the data (agency, network membership) in the service itself. A caller
 * who has left their agency, or whose agency is suspended, is refused right after authentication
 * ({@link StandingFilter}).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerSecurityAutoConfiguration {

    /** Spring Security's strict firewall, its character checks without regular expressions ({@link HeaderCharacters}). */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        HeaderCharacters.applyTo(firewall::setAllowedHeaderNames, firewall::setAllowedHeaderValues,
                firewall::setAllowedParameterNames);
        return firewall;
    }

    /** What the firewall refuses is answered with a problem, as every other error. */
    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return problems.requestRejectedHandler();
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        // The realm's keys are fetched once and cached; a slow Keycloak must not fail a request at the first try.
        SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
        http.setConnectTimeout(java.time.Duration.ofSeconds(5));
        http.setReadTimeout(java.time.Duration.ofSeconds(15));
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withJwkSetUri(properties.issuer() + "/protocol/openid-connect/certs")
                .restOperations(new RestTemplate(http)).build();
        OAuth2TokenValidator<Jwt> validator = tokenValidator(properties);
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(validator, properties.verifiedTokens(), Clock.systemUTC()).decoder(decoder);
    }

    /**
     * No observation (timer, span) per security filter, authentication and authorisation: each request is already
     * observed once as a whole ({@code http.server.requests}), and the dozen nested observations per request were a
     * tenth of a service's CPU on the busiest reads.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    static OAuth2TokenValidator<Jwt> tokenValidator(SecurityProperties properties) {
        OAuth2TokenValidator<Jwt> audience = jwt -> {
            List<String> audiences = jwt.getAudience();
            return audiences != null && audiences.contains(properties.audience())
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                            "The token is not meant for the Patchwork API", null));
        };
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer()),
                audience);
    }

    /**
     * The service's Keycloak-token chain. A service may add chains of its own for other paths (with a
     * {@code securityMatcher} and an {@code @Order} ahead of this one, which matches every request); only a bean of this
     * name replaces it.
     */
    @Bean
    @ConditionalOnMissingBean(name = "resourceServerFilterChain")
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, SecurityProperties properties,
                                                  ProblemWriter problems, ObjectProvider<AccessStanding> standing)
            throws Exception {
        standing.ifAvailable(check -> http.addFilterAfter(new StandingFilter(check, problems),
                BearerTokenAuthenticationFilter.class));
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakJwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(Customizer.withDefaults())
                .build();
    }

    @Bean
    WebMvcConfigurer callerArgumentResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

}
