package org.patchwork.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CloudEvent as it arrives from Kafka. Consumers read the payload into their own record of the fields they
 * need: services share the published JSON contract, never each other's classes.
 */
public record IncomingEvent(UUID id, String type, String source, String subject, Instant time, byte[] data) {

    public static IncomingEvent from(ConsumerRecord<?, byte[]> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new IllegalArgumentException("Record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent: it lacks ce_id or ce_type");
        }
        String time = header(record, CloudEventHeaders.TIME);
        return new IncomingEvent(UUID.fromString(id), type, header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT), time == null ? null : Instant.parse(time), record.value());
    }

    public boolean is(String simpleTypeName) {
        return type.equals(CloudEventHeaders.TYPE_PREFIX + simpleTypeName);
    }

    public <T> T data(Class<T> type, JsonMapper jsonMapper) {
        return jsonMapper.readValue(data, type);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
