package org.patchwork.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.modulith.events.Externalized;

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
    public static final String DATA_SCHEMA = "ce_dataschema";
    /** A CloudEvents extension attribute: the release of the producer that published the event. */
    public static final String SOURCE_VERSION = "ce_sourceversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TYPE_PREFIX = "org.patchwork.";
    /**
     * Where an event type's contract is named: {@code <base><topic>/<type>/v<major>}, the {@code $id} of the JSON
     * Schema the producer keeps in {@code src/main/resources/contracts/events/<topic>/<type>.schema.json}.
     */
    public static final String DATA_SCHEMA_BASE = "https://patchwork.example/contracts/events/";
    /**
     * The major version of every contract. Changes within it are compatible (the build checks it against the last
     * release); a change that cannot be is a new event type (docs/decisions/0004-event-contracts.md).
     */
    public static final int CONTRACT_MAJOR_VERSION = 1;

    private CloudEventHeaders() {
    }

    /** The type name consumers switch on, e.g. {@code org.patchwork.ProfessionalRegistered}. */
    public static String typeOf(Class<?> eventClass) {
        return TYPE_PREFIX + eventClass.getSimpleName();
    }

    /** The contract of an event type published with Modulith's {@code @Externalized("<topic>::<key>")}. */
    public static String dataSchemaOf(Class<?> eventClass) {
        Externalized externalized = eventClass.getAnnotation(Externalized.class);
        if (externalized == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not published (no @Externalized)");
        }
        String topic = externalized.value().split("::", 2)[0];
        return DATA_SCHEMA_BASE + topic + "/" + eventClass.getSimpleName() + "/v" + CONTRACT_MAJOR_VERSION;
    }

    /**
     * @param source        the producer, e.g. {@code schedule-service}
     * @param sourceVersion the producer's release ({@code service.version} in its pom), or blank when unknown
     */
    public static Map<String, Object> of(IntegrationEvent event, String source, String sourceVersion) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, bytes("1.0"));
        headers.put(ID, bytes(event.eventId().toString()));
        headers.put(TYPE, bytes(typeOf(event.getClass())));
        headers.put(SOURCE, bytes("/" + source));
        headers.put(TIME, bytes(event.occurredAt().toString()));
        headers.put(SUBJECT, bytes(event.subject()));
        headers.put(DATA_SCHEMA, bytes(dataSchemaOf(event.getClass())));
        if (sourceVersion != null && !sourceVersion.isBlank()) {
            headers.put(SOURCE_VERSION, bytes(sourceVersion));
        }
        headers.put(CONTENT_TYPE, bytes("application/json"));
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
