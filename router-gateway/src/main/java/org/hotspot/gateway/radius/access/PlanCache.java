package org.hotspot.gateway.radius.access;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.hotspot.events.voucher.PlanProjection;
import org.hotspot.events.voucher.VoucherProjection;
import org.hotspot.gateway.config.GatewayConfig;
import org.hotspot.gateway.redis.EventLoopRedis;

/**
 * Plans' Redis entries, kept in memory for a couple of seconds. An organization sells a handful of
 * plans to thousands of devices, so without this every re-login would read the same few entries
 * again: a second Redis round trip per login for data that changes a few times a year. A plan edit
 * reaches the answers given here {@link GatewayConfig.Decisions#planCacheTtl()} later.
 */
@ApplicationScoped
public class PlanCache {

    /** Far more plans than any deployment has; past it the cache starts over rather than grow. */
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(PlanProjection plan, long readAt) {
    }

    private final EventLoopRedis redis;
    private final TrustedEntries entries;
    private final long ttlNanos;
    private final Map<String, Entry> plans = new ConcurrentHashMap<>();

    public PlanCache(EventLoopRedis redis, TrustedEntries entries, GatewayConfig config) {
        this.redis = redis;
        this.entries = entries;
        this.ttlNanos = config.decisions().planCacheTtl().toNanos();
    }

    /**
     * The entry of the plan terms the voucher was sold with, or null when Redis has none voucher-service
     * signed (voucher-service then decides and writes it).
     */
    public CompletionStage<PlanProjection> plan(VoucherProjection voucher) {
        String key = voucher.planKey();
        Entry entry = plans.get(key);
        long now = System.nanoTime();
        if (entry != null && now - entry.readAt < ttlNanos) {
            return CompletableFuture.completedFuture(entry.plan);
        }
        return redis.send(Request.cmd(Command.GET).arg(key)).toCompletionStage().thenApply(json -> {
            PlanProjection plan = entries.plan(key, json == null ? null : json.toString());
            remember(key, plan, now);
            return plan;
        });
    }

    private void remember(String key, PlanProjection plan, long readAt) {
        if (plan == null) {
            plans.remove(key);
            return;
        }
        if (plans.size() >= MAX_ENTRIES) {
            plans.clear();
        }
        plans.put(key, new Entry(plan, readAt));
    }
}
