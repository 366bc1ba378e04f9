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
 * The decision for a login: from the vouchers' Redis projection when it settles the matter, else
 * from voucher-service, which writes what a decision changes. The projection settles a reject that
 * changes nothing, and the re-login of a device that already holds a fresh lease (routers
 * re-authenticate their online devices, far more often than vouchers are first used): that accept
 * would write nothing that matters, see {@link Authorizer#onlyRenews}. Everything else, first use
 * above all, goes to voucher-service, whose write is conditional on the version it read.
 *
 * <p>voucher-service rewrites a voucher's entry as soon as it changes (and retries a failed write),
 * so an accept here can follow a revocation only by the time that write takes; the disconnect that
 * session-service sends on revocation ends any session begun in that window.
 */
@ApplicationScoped
public class VoucherDecisions {

    private final ReactiveValueCommands<String, String> redis;
    private final VoucherClient vouchers;
    private final ProjectionCodec codec = new ProjectionCodec();
    // Rejects do not depend on the terms; accepts use the ones voucher-service put in the plan's entry.
    private final Authorizer rejects = new Authorizer(Duration.ofMinutes(5), Duration.ofMinutes(15));
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

    /** A decision the projection settles, or null when voucher-service must decide (a miss, a change to write, a Redis failure). */
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
        Instant now = Instant.now(clock);
        Authorizer authorizer = plan.terms() == null ? rejects : plan.terms().authorizer();
        Verdict verdict = authorizer.decide(voucher, plan, request, now);
        if (!verdict.decision().accept()) {
            return verdict.change() == null ? verdict.decision() : null;
        }
        return plan.terms() != null && authorizer.onlyRenews(voucher, verdict, request, now) ? verdict.decision() : null;
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
