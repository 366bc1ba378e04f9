package org.hotspot.events.voucher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON form of the projections in Redis. Unknown fields are ignored, so a newer voucher-service
 * may add fields while an older router-gateway still reads the entry. Thread-safe.
 */
public final class ProjectionCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    /** Voucher entries are read on every RADIUS login: by hand, see {@link VoucherProjectionReader}. */
    private final VoucherProjectionReader vouchers = new VoucherProjectionReader(mapper.getFactory());

    /** One reader per type: resolving the type on every read costs more than the small JSON it reads. */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    public String write(Object projection) {
        try {
            return mapper.writeValueAsString(projection);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write projection " + projection, e);
        }
    }

    /**
     * The projection, or null when the entry is unreadable: a reader then falls back to the source
     * of truth as it would on a miss, rather than deciding on a damaged entry.
     */
    public <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        if (type == VoucherProjection.class) {
            return type.cast(vouchers.read(json));
        }
        return bound(json, type);
    }

    /** By Jackson's data binding, for every type; tests hold the hand-written reader to it. */
    <T> T bound(String json, Class<T> type) {
        try {
            return readers.computeIfAbsent(type, mapper::readerFor).readValue(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
