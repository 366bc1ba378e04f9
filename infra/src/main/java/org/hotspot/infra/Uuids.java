package org.hotspot.infra;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/** UUID forms other tools expect. */
final class Uuids {

    private Uuids() {
    }

    /** Kafka's cluster id form: the 16 bytes of a UUID in URL-safe base64 without padding. */
    static String kafkaClusterId(UUID uuid) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits());
        bytes.putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }
}
