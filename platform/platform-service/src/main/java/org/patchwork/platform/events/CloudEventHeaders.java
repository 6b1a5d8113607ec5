package org.patchwork.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CloudEvents 1.0 Kafka protocol binding in binary mode: the envelope travels as {@code ce_*} record
 * headers, the JSON event as the record value.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TYPE_PREFIX = "org.patchwork.";

    private CloudEventHeaders() {
    }

    /** The type name consumers switch on, e.g. {@code org.patchwork.ProfessionalRegistered}. */
    public static String typeOf(Class<?> eventClass) {
        return TYPE_PREFIX + eventClass.getSimpleName();
    }

    public static Map<String, Object> of(IntegrationEvent event, String source) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, bytes("1.0"));
        headers.put(ID, bytes(event.eventId().toString()));
        headers.put(TYPE, bytes(typeOf(event.getClass())));
        headers.put(SOURCE, bytes("/" + source));
        headers.put(TIME, bytes(event.occurredAt().toString()));
        headers.put(SUBJECT, bytes(event.subject()));
        headers.put(CONTENT_TYPE, bytes("application/json"));
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
