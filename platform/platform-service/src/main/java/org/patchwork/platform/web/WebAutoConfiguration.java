package org.patchwork.platform.web;

import org.patchwork.platform.problem.ProblemResponses;
import org.patchwork.platform.problem.ProblemWriter;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
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
