package org.patchwork.platform.web.requests;

import java.util.concurrent.TimeUnit;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.transport.RequestReplyReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line for every HTTP request a part answers (servlet or reactive): method, route (the URI template, never
 * the path's values or the query), status, outcome and milliseconds, with the request's trace and span ids as every
 * other line of that request carries them, so that an operator can go from a trace to each part's line for it.
 * It reads what Spring's server observation ({@code http.server.requests}) already knows, so it costs no filter.
 * Logged by {@code org.patchwork.requests} at INFO (set it to WARN to silence it).
 */
public final class RequestLog implements ObservationHandler<RequestReplyReceiverContext<?, ?>> {

    static final String LOGGER = "org.patchwork.requests";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final String SERVER_REQUESTS = "http.server.requests";

    private record Started(long nanos) {
    }

    /** Asked before the observation starts, when its name is not known yet: the name is checked on stop. */
    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof RequestReplyReceiverContext<?, ?>;
    }

    @Override
    public void onStart(RequestReplyReceiverContext<?, ?> context) {
        context.put(Started.class, new Started(System.nanoTime()));
    }

    @Override
    public void onStop(RequestReplyReceiverContext<?, ?> context) {
        if (!SERVER_REQUESTS.equals(context.getName()) || !log.isInfoEnabled()) {
            return;
        }
        Started started = context.get(Started.class);
        long millis = started == null ? -1 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started.nanos());
        String method = value(context, "method");
        String route = value(context, "uri");
        String status = value(context, "status");
        Span span = span(context);
        if (span == null) {
            write(method, route, status, context, millis);
            return;
        }
        // The request's own scope is closed by now: its ids are put back for this one line.
        try (MDC.MDCCloseable traceId = MDC.putCloseable("traceId", span.context().traceId());
             MDC.MDCCloseable spanId = MDC.putCloseable("spanId", span.context().spanId())) {
            write(method, route, status, context, millis);
        }
    }

    private static void write(String method, String route, String status, Observation.Context context, long millis) {
        log.atInfo().addKeyValue("http.request.method", method).addKeyValue("http.route", route)
                .addKeyValue("http.response.status_code", status).addKeyValue("event.duration_ms", millis)
                .log("{} {} {} {} {} ms", method, route, status, value(context, "outcome"), millis);
    }

    private static Span span(Observation.Context context) {
        TracingObservationHandler.TracingContext tracing = context.get(TracingObservationHandler.TracingContext.class);
        return tracing == null ? null : tracing.getSpan();
    }

    private static String value(Observation.Context context, String key) {
        KeyValue keyValue = context.getLowCardinalityKeyValue(key);
        return keyValue == null ? "UNKNOWN" : keyValue.getValue();
    }
}
