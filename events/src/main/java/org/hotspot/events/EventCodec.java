package org.hotspot.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Maps events to and from their JSON form. Thread-safe; one instance serves a whole service.
 *
 * <p>Unknown payload fields are ignored so that a producer may add optional fields without
 * breaking older consumers; a missing envelope field, a type other than the one expected, or a
 * version newer than the consumer knows is an {@link EventFormatException}.
 */
public final class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec() {
        this(JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build());
    }

    /** Uses the given mapper, which must already know {@link java.time} types. */
    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The event as UTF-8 JSON. */
    public byte[] encode(Event<?> event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new EventFormatException("cannot write event " + event.type() + " " + event.id(), e);
        }
    }

    /** The envelope alone, without mapping the payload: for routing on the type before decoding. */
    public EventHeader peek(byte[] json) {
        ObjectNode root = readObject(json);
        return header(root);
    }

    /** The event, its payload mapped to the type's record. */
    public <P> Event<P> decode(byte[] json, EventType<P> expected) {
        ObjectNode root = readObject(json);
        EventHeader header = header(root);
        if (!header.type().equals(expected.name())) {
            throw new EventFormatException("expected a " + expected.name() + " event, got " + header.type());
        }
        if (header.version() > expected.version()) {
            throw new EventFormatException(header.type() + " version " + header.version()
                    + " is newer than the supported version " + expected.version());
        }
        JsonNode payloadNode = required(root, "payload");
        try {
            P payload = mapper.treeToValue(payloadNode, expected.payloadType());
            return new Event<>(header.id(), header.type(), header.version(), header.occurredAt(),
                    header.organizationId(), payload);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventFormatException("malformed payload of " + header.type() + " " + header.id(), e);
        }
    }

    private ObjectNode readObject(byte[] json) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new EventFormatException("an event must be a JSON object");
        } catch (IOException e) {
            throw new EventFormatException("not JSON", e);
        }
    }

    private static EventHeader header(ObjectNode root) {
        try {
            return new EventHeader(
                    UUID.fromString(required(root, "id").asText()),
                    required(root, "type").asText(),
                    required(root, "version").asInt(0),
                    Instant.parse(required(root, "occurredAt").asText()),
                    required(root, "organizationId").asText());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new EventFormatException("malformed event envelope: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(ObjectNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new EventFormatException("event has no " + field);
        }
        return node;
    }
}
