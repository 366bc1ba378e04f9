package org.hotspot.events;

import java.time.Instant;
import java.util.UUID;

/** The envelope fields of an event, read without its payload. */
public record EventHeader(UUID id, String type, int version, Instant occurredAt, String organizationId) {

    public EventHeader {
        if (type.isBlank()) {
            throw new IllegalArgumentException("event type is blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("event version must be 1 or more, was " + version);
        }
        if (organizationId.isBlank()) {
            throw new IllegalArgumentException("event organizationId is blank");
        }
    }
}
