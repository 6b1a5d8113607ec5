package org.patchwork.platform.web.requests;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;

/** The per-request log line ({@link RequestLog}) in every part that observes its HTTP requests. */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "patchwork.request-log.enabled", matchIfMissing = true)
public class RequestLogAutoConfiguration {

    @Bean
    RequestLog requestLog() {
        return new RequestLog();
    }
}
