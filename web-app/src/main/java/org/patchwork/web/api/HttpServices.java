package org.patchwork.web.api;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.service.registry.ImportHttpServices;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' APIs as HTTP service clients, one group per service; each group's base URL (and any timeout) is
 * configured under {@code spring.http.serviceclient.<group>}. Every call carries the signed-in user's own access
 * token, never a token of the web app; every refusal becomes an {@link ApiProblemException} carrying the service's
 * problem.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "directory", types = DirectoryApi.class)
@ImportHttpServices(group = "client-network", types = ClientNetworkApi.class)
@ImportHttpServices(group = "schedule", types = ScheduleApi.class)
@ImportHttpServices(group = "notification", types = NotificationApi.class)
class HttpServices {

    @Bean
    RestClientCustomizer relayUserTokenAndReadProblems(JsonMapper jsonMapper) {
        JsonMapper lenient = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return builder -> builder
                .requestInterceptor((request, body, execution) -> {
                    if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken user) {
                        request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + user.getToken().getTokenValue());
                    }
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw new ApiProblemException(problemOf(response, lenient));
                });
    }

    private static ApiProblem problemOf(ClientHttpResponse response, JsonMapper jsonMapper) throws IOException {
        int status = response.getStatusCode().value();
        try {
            ApiProblem problem = jsonMapper.readValue(response.getBody(), ApiProblem.class);
            return new ApiProblem(status, problem.type(), problem.title(), problem.detail(), problem.errors());
        } catch (RuntimeException notAProblem) {
            return new ApiProblem(status, null, response.getStatusText(), null, List.of());
        }
    }
}
