package org.hotspot.events;

import java.util.Objects;

/**
 * One kind of event: its name, the version of its payload, the topic it travels on and the payload's
 * Java type. Each event type is declared once, as a constant next to its payload record.
 *
 * <p>A consumer accepts every version up to the one it knows; a payload change that an older
 * consumer cannot read gets a new version rather than a silent change of meaning.
 *
 * @param name        upper camel case, for example {@code VoucherActivated}
 * @param version     1 or more
 * @param topic       one of {@link Topics}, or a test's own kebab-case topic
 * @param payloadType the record the payload maps to
 */
public record EventType<P>(String name, int version, String topic, Class<P> payloadType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        if (name.isBlank()) {
            throw new IllegalArgumentException("event type name is blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("event version must be 1 or more, was " + version);
        }
        if (!topic.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("topic names are kebab-case, not " + topic);
        }
    }
}
