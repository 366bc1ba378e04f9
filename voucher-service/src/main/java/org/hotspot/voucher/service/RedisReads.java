package org.hotspot.voucher.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hotspot.common.concurrent.Coalescer;
import org.hotspot.voucher.config.VoucherConfig;

/**
 * Redis entries read for decisions, the reads made while others are on their way sent together as
 * one {@code MGET}. Besides saving round trips, a batch of decisions then reaches MongoDB together
 * too: their misses come back in one reply, and their lookups go out in one {@code find}.
 */
@ApplicationScoped
class RedisReads {

    private final ReactiveValueCommands<String, String> values;
    private final Coalescer<String, String> reads;
    private final DistributionSummary sizes;

    RedisReads(ReactiveRedisDataSource redis, VoucherConfig config, MeterRegistry registry) {
        this.values = redis.value(String.class);
        this.reads = new Coalescer<>(this::send, config.authorization().batchSize(),
                config.authorization().batchesInFlight());
        this.sizes = DistributionSummary.builder("hotspot.voucher.redis.batch.size")
                .description("Redis reads of concurrent decisions sent as one MGET")
                .register(registry);
    }

    /** The value under this key; null when there is none. Fails when Redis does. */
    Uni<String> get(String key) {
        return reads.call(key);
    }

    private Uni<List<String>> send(List<String> keys) {
        sizes.record(keys.size());
        if (keys.size() == 1) {
            return values.get(keys.get(0)).map(Collections::singletonList);
        }
        return values.mget(keys.toArray(String[]::new))
                .map(found -> inOrder(keys, found));
    }

    private static List<String> inOrder(List<String> keys, Map<String, String> found) {
        return keys.stream().map(found::get).toList();
    }
}
