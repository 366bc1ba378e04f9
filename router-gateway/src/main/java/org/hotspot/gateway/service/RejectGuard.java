package org.hotspot.gateway.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotspot.gateway.config.GatewayConfig;

/**
 * Brute force against voucher codes: rejects are counted per device (Calling-Station-Id) and per
 * router in Redis, shared by every gateway replica. A device past the threshold within the window
 * is rejected for a cool-down without any voucher lookup (the cool-down key is read together with
 * the voucher's entry, see {@link VoucherDecisions#read}). Counting is best effort: with Redis
 * down nobody is blocked (logins go on; the lookup still decides), and the failure is counted.
 */
@ApplicationScoped
public class RejectGuard {

    private static final String PREFIX = "hotspot:v1:radius:";

    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveKeyCommands<String> keys;
    private final GatewayConfig config;
    private final MeterRegistry registry;

    public RejectGuard(ReactiveRedisDataSource redis, GatewayConfig config, MeterRegistry registry) {
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
        this.config = config;
        this.registry = registry;
    }

    /** Counts a reject for the device and the router; blocks the device once past the threshold. */
    public Uni<Void> rejected(String organizationId, String routerId, String mac) {
        Uni<Void> perRouter = count(PREFIX + "rejects:nas:" + routerId).replaceWithVoid();
        if (mac == null) {
            return perRouter;
        }
        Uni<Void> perDevice = count(PREFIX + "rejects:mac:" + organizationId + ":" + mac)
                .chain(count -> count >= config.bruteForceThreshold()
                        ? counters.set(blockKey(organizationId, mac), count,
                                new SetArgs().ex(config.bruteForceCooldown()))
                                .invoke(() -> registry.counter("hotspot.gateway.guard.blocked").increment())
                        : Uni.createFrom().voidItem());
        return Uni.join().all(perRouter, perDevice).andCollectFailures().replaceWithVoid()
                .onFailure().invoke(e -> registry.counter("hotspot.gateway.guard.errors").increment())
                .onFailure().recoverWithNull();
    }

    /** INCR, with the window set on the first reject of a window. */
    private Uni<Long> count(String key) {
        return counters.incr(key)
                .call(count -> count == 1 ? keys.expire(key, config.bruteForceWindow()) : Uni.createFrom().voidItem());
    }

    /** Present while the device cools down; {@link VoucherDecisions#read} reads it with the voucher's entry. */
    static String blockKey(String organizationId, String mac) {
        return PREFIX + "blocked:" + organizationId + ":" + mac;
    }
}
