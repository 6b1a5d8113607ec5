package org.patchwork.platform.web;

import org.patchwork.platform.problem.ProblemResponses;
import org.patchwork.platform.problem.ProblemWriter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request handling every service shares: body limits, NUL refusal, problem responses, and the
 * API description's server.
 */
@AutoConfiguration
@EnableConfigurationProperties(HttpProperties.class)
public class WebAutoConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    /**
     * The API description is published through the gateway ({@code /api/docs/<service>/v1}), so its server is the
     * gateway: relative, {@code /}, never the service's own internal address.
     */
    @Bean
    ServerBaseUrlCustomizer gatewayRelativeServer() {
        return (serverBaseUrl, request) -> "/";
    }

    /**
     * The API description's {@code info.version} is the service's release ({@code service.version} in its pom), so a
     * client can tell which release answered; the path's {@code /v1} is the API's major version.
     */
    @Bean
    OpenApiCustomizer serviceVersionInApiDescription(@Value("${patchwork.service-version:}") String version) {
        return openApi -> {
            if (!version.isBlank() && openApi.getInfo() != null) {
                openApi.getInfo().setVersion(version);
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(HttpProperties properties,
                                                                          ProblemWriter problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties.maxBodySize().toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter(ProblemWriter problems) {
        FilterRegistrationBean<NulCharacterFilter> registration = new FilterRegistrationBean<>(
                new NulCharacterFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
