package org.hotspot.gateway.radius.access;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Authorizer;
import org.hotspot.events.voucher.Authorizer.Verdict;
import org.hotspot.events.voucher.CodeLookup;
import org.hotspot.events.voucher.Decision;
import org.hotspot.events.voucher.PlanProjection;
import org.hotspot.events.voucher.ProjectionKeys;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.events.voucher.VoucherProjection;
import org.hotspot.gateway.client.VoucherClient;
import org.hotspot.gateway.redis.EventLoopRedis;
import org.hotspot.gateway.service.GatewayKeys;
import org.jboss.logging.Logger;

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
 * session-service sends on revocation ends any session begun in that window. Only entries
 * voucher-service signed, fresh and not replayed, are read at all: see {@link TrustedEntries}.
 */
@ApplicationScoped
public class VoucherDecisions {

    private static final Logger LOG = Logger.getLogger(VoucherDecisions.class);

    private final EventLoopRedis redis;
    private final PlanCache plans;
    private final TrustedEntries entries;
    private final VoucherClient vouchers;
    // Rejects do not depend on the terms; accepts use the ones voucher-service put in the plan's entry.
    private final Authorizer rejects = new Authorizer(Duration.ofMinutes(5), Duration.ofMinutes(15));
    private final Map<PlanProjection.Terms, Authorizer> authorizers = new ConcurrentHashMap<>();
    private final ThreadLocal<Mac> lookupMac;
    private final MeterRegistry registry;
    private final Counter redisErrors;
    private final Map<String, Counter> counted = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public VoucherDecisions(EventLoopRedis redis, PlanCache plans, TrustedEntries entries, VoucherClient vouchers,
            GatewayKeys keys, MeterRegistry registry) {
        this.redis = redis;
        this.plans = plans;
        this.entries = entries;
        this.vouchers = vouchers;
        this.registry = registry;
        this.redisErrors = registry.counter("hotspot.gateway.guard.errors");
        byte[] lookupKey = keys.lookupKey();
        this.lookupMac = ThreadLocal.withInitial(() -> CodeLookup.keyedMac(lookupKey));
    }

    /**
     * The login's cool-downs ({@link RejectGuard#coolDownKeys}) and the voucher's entry, from this
     * event loop's copy where Redis has not changed them since, else in one MGET. A Redis failure
     * reads as "not blocked, no entry": logins go on, decided by voucher-service, and the failure is counted.
     */
    public CompletionStage<Login> read(String organizationId, String code, List<String> coolDownKeys) {
        String lookupKey = lookupKey(organizationId, code);
        String voucherKey = lookupKey == null ? null : ProjectionKeys.voucher(organizationId, lookupKey);
        List<String> keys = new ArrayList<>(1 + coolDownKeys.size());
        if (voucherKey != null) {
            keys.add(voucherKey);
        }
        keys.addAll(coolDownKeys);
        if (keys.isEmpty()) {
            return CompletableFuture.completedFuture(new Login(false, null, null));
        }
        int blockAt = voucherKey == null ? 0 : 1;
        return redis.mget(keys).toCompletionStage().handle((values, failure) -> {
            if (failure != null) {
                redisErrors.increment();
                return new Login(false, lookupKey, null);
            }
            boolean blocked = false;
            for (int i = blockAt; i < values.size(); i++) {
                blocked |= values.get(i) != null;
            }
            return new Login(blocked, lookupKey,
                    voucherKey == null ? null : entries.voucher(voucherKey, values.get(0)));
        });
    }

    /** The code's keyed lookup key in the organization; null when the code is no possible voucher code. */
    public String lookupKey(String organizationId, String code) {
        String normalized = CodeLookup.normalize(code);
        return normalized == null ? null : CodeLookup.lookupKey(lookupMac.get(), organizationId, normalized);
    }

    public CompletionStage<Decision> decide(String organizationId, String code, Login login, AccessRequest request) {
        if (login.lookupKey() == null) {
            return CompletableFuture.completedFuture(counted("local", Decision.reject(RejectReason.UNKNOWN, null)));
        }
        return fromProjection(organizationId, login.voucher(), request)
                .thenCompose(local -> local != null ? CompletableFuture.completedFuture(counted("redis", local))
                        : vouchers.authorize(organizationId, code, request).map(d -> counted("voucher-service", d))
                                .subscribeAsCompletionStage());
    }

    /** A decision the projection settles, or null when voucher-service must decide (a miss, a change to write, a Redis failure). */
    private CompletionStage<Decision> fromProjection(String organizationId, VoucherProjection voucher,
            AccessRequest request) {
        if (voucher == null) {
            LOG.debugf("voucher-service decides a login at %s: no voucher entry in Redis", request.nasId());
            return CompletableFuture.completedFuture(null);
        }
        return plans.plan(voucher).handle((plan, failure) -> {
            if (failure != null) {
                redisErrors.increment();
                return null;
            }
            Decision settled = settled(voucher, plan, request);
            if (settled == null && LOG.isDebugEnabled()) {
                LOG.debugf(
                        "voucher-service decides a login for voucher %s: plan entry %s, state %s, devices %s, device %s",
                        voucher.voucherId(), plan == null ? "absent" : "present", voucher.state(), voucher.devices(),
                        request.mac());
            }
            return settled;
        });
    }

    private Decision settled(VoucherProjection voucher, PlanProjection plan, AccessRequest request) {
        if (plan == null) {
            return null;
        }
        Instant now = Instant.now(clock);
        Authorizer authorizer = plan.terms() == null ? rejects
                : authorizers.computeIfAbsent(plan.terms(), PlanProjection.Terms::authorizer);
        Verdict verdict = authorizer.decide(voucher, plan, request, now);
        if (!verdict.decision().accept()) {
            return verdict.change() == null ? verdict.decision() : null;
        }
        return plan.terms() != null && authorizer.onlyRenews(voucher, verdict, request, now) ? verdict.decision()
                : null;
    }

    private Decision counted(String source, Decision decision) {
        String result = decision.accept() ? "accept" : decision.reason().wire();
        counted.computeIfAbsent(source + '/' + result,
                k -> registry.counter("hotspot.gateway.decisions", "source", source, "result", result)).increment();
        return decision;
    }
}
