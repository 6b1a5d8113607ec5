package org.patchwork.notification.delivery;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Carries the trace across the outbox of alerts: an alert is recorded while its event is consumed (within the trace
 * that began with the practitioner's click) and delivered later by the dispatcher; the event's {@code traceparent} is
 * stored with it, and its delivery and provider call are spans of that same trace.
 */
@Component
class DeliveryTracing {

    private static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    DeliveryTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace context as a W3C {@code traceparent}, or null outside a trace. */
    @Nullable String currentTraceparent() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Runs {@code work} in a span named {@code name}, child of {@code traceparent} (a new trace when it is null). */
    <T> T inSpan(@Nullable String traceparent, String name, Supplier<T> work) {
        Span span = (traceparent == null ? tracer.spanBuilder()
                : propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get)).name(name).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Runs {@code work} in a child span of the current one, tagged with {@code tags} (name, value …). */
    <T> T inChildSpan(String name, Supplier<T> work, String... tags) {
        Span span = tracer.nextSpan().name(name);
        for (int i = 0; i + 1 < tags.length; i += 2) {
            span.tag(tags[i], tags[i + 1]);
        }
        span.start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } finally {
            span.end();
        }
    }
}
