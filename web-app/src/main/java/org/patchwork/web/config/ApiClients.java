package org.patchwork.web.config;

import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Every call to a service carries the signed-in user's own access token, never a token of the web app. */
@Configuration(proxyBeanMethods = false)
class ApiClients {

    @Bean
    RestClientCustomizer relayUserToken() {
        return builder -> builder.requestInterceptor((request, body, execution) -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken user) {
                request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + user.getToken().getTokenValue());
            }
            return execution.execute(request, body);
        });
    }
}
