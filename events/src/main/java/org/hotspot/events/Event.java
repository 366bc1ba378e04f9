package org.hotspot.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope of every Kafka message value, on every topic (docs/architecture.md#kafka-topics).
 *
 * <p>{@code id} makes a redelivered message recognisable, so consumers can be idempotent. The Kafka
 * record key is not part of the envelope: the producer chooses it (voucher, session or router) so
 * that one entity's events stay in order.
 *
 * @param id             unique per event, stable across redeliveries
 * @param type           the event type's name
 * @param version        the payload's version
 * @param occurredAt     when it happened, not when it was sent
 * @param organizationId the tenant the event belongs to
 * @param payload        the event's own data
 */
public record Event<P>(UUID id, String type, int version, Instant occurredAt, String organizationId, P payload) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("event version must be 1 or more, was " + version);
        }
    }

    /** A new event of the given type that happened now, with a fresh random id. */
    public static <P> Event<P> of(EventType<P> type, String organizationId, P payload, Clock clock) {
        return new Event<>(UUID.randomUUID(), type.name(), type.version(), clock.instant(), organizationId, payload);
    }
}
