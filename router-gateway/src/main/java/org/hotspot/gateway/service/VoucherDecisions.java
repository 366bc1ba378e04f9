package org.hotspot.gateway.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.hotspot.common.crypto.KeyFiles;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Authorizer;
import org.hotspot.events.voucher.Authorizer.Verdict;
import org.hotspot.events.voucher.CodeLookup;
import org.hotspot.events.voucher.Decision;
import org.hotspot.events.voucher.PlanProjection;
import org.hotspot.events.voucher.ProjectionCodec;
import org.hotspot.events.voucher.ProjectionKeys;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.events.voucher.VoucherProjection;
import org.hotspot.gateway.client.VoucherClient;
import org.hotspot.gateway.config.GatewayConfig;

/**
 * The decision for a login: from the vouchers' Redis projection when it settles the matter (a
 * reject that changes nothing), else from voucher-service, which writes what an accept changes.
 * The gateway never accepts on its own: an accept from a stale entry could outlive a revocation.
 */
@ApplicationScoped
public class VoucherDecisions {

    private final ReactiveValueCommands<String, String> redis;
    private final VoucherClient vouchers;
    private final ProjectionCodec codec = new ProjectionCodec();
    // Only rejects without a change are answered here, and those do not depend on these durations.
    private final Authorizer authorizer = new Authorizer(Duration.ofMinutes(5), Duration.ofMinutes(15));
    private final byte[] lookupKey;
    private final MeterRegistry registry;
    private final Clock clock = Clock.systemUTC();

    public VoucherDecisions(ReactiveRedisDataSource redis, VoucherClient vouchers, GatewayConfig config,
            MeterRegistry registry) {
        this.redis = redis.value(String.class);
        this.vouchers = vouchers;
        this.registry = registry;
        String key = config.voucherLookupKey().filter(k -> !k.isBlank())
                .orElseGet(() -> KeyFiles.loadOrGenerate(config.voucherKeyDir().resolve("lookup-key"), VoucherDecisions::newKey));
        this.lookupKey = Base64.getDecoder().decode(key.trim());
    }

    public Uni<Decision> decide(String organizationId, String code, AccessRequest request) {
        String normalized = CodeLookup.normalize(code);
        if (normalized == null) {
            return Uni.createFrom().item(counted("local", Decision.reject(RejectReason.UNKNOWN, null)));
        }
        String lookup = CodeLookup.lookupKey(lookupKey, organizationId, normalized);
        return fromRedis(organizationId, lookup, request)
                .chain(local -> local != null ? Uni.createFrom().item(counted("redis", local))
                        : vouchers.authorize(organizationId, code, request).map(d -> counted("voucher-service", d)));
    }

    /** A reject the projection settles, or null when voucher-service must decide (a miss, an accept, a Redis failure). */
    private Uni<Decision> fromRedis(String organizationId, String lookup, AccessRequest request) {
        return redis.get(ProjectionKeys.voucher(organizationId, lookup))
                .map(json -> codec.read(json, VoucherProjection.class))
                .chain(voucher -> voucher == null ? Uni.createFrom().<Decision>nullItem()
                        : redis.get(ProjectionKeys.plan(organizationId, voucher.profileId()))
                                .map(json -> settled(voucher, codec.read(json, PlanProjection.class), request)))
                .onFailure().recoverWithNull();
    }

    private Decision settled(VoucherProjection voucher, PlanProjection plan, AccessRequest request) {
        if (plan == null) {
            return null;
        }
        Verdict verdict = authorizer.decide(voucher, plan, request, Instant.now(clock));
        return !verdict.decision().accept() && verdict.change() == null ? verdict.decision() : null;
    }

    private Decision counted(String source, Decision decision) {
        registry.counter("hotspot.gateway.decisions", "source", source,
                "result", decision.accept() ? "accept" : decision.reason().wire()).increment();
        return decision;
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
