package org.patchwork.network.config;

import feign.RequestInterceptor;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Calls to the directory and the schedule continue the caller's trace: each Feign request carries the current W3C
 * {@code traceparent}, so the other service's spans join the same trace. The calls run on the request's own thread
 * ({@code disable-thread-pool}), where the trace is current.
 */
@Configuration(proxyBeanMethods = false)
class TracePropagation {

    @Bean
    RequestInterceptor traceContextToFeignCalls(Tracer tracer, Propagator propagator) {
        return request -> {
            TraceContext context = tracer.currentTraceContext().context();
            if (context != null) {
                propagator.inject(context, request, (carrier, name, value) -> carrier.header(name, value));
            }
        };
    }
}
