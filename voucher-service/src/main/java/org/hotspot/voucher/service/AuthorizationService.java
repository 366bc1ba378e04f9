package org.hotspot.voucher.service;

import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;
import org.hotspot.common.warmup.WarmUp;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Authorizer;
import org.hotspot.events.voucher.Authorizer.Change;
import org.hotspot.events.voucher.Authorizer.Verdict;
import org.hotspot.events.voucher.Decision;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.VoucherCodes;
import org.hotspot.voucher.VoucherProblems;
import org.hotspot.voucher.config.VoucherConfig;
import org.hotspot.voucher.service.VoucherCache.Snapshot;
import org.hotspot.voucher.service.VoucherChanges.Transition;

/**
 * The authorization decision router-gateway asks for at every login. Rejects are answered from
 * Redis when it has the voucher; every accept changes the voucher (first use, a device lease) and
 * that change is written conditionally on the version read, so a stale or lost cache entry can never
 * grant access: the write fails, MongoDB is read, and the decision is made again. Two routers racing
 * on one voucher therefore get one first activation, and shared users and MAC locks hold.
 */
@ApplicationScoped
public class AuthorizationService {

    /** Rounds of read-decide-write before giving up; each lost round means another login won a race. */
    private static final int ATTEMPTS = 8;
    private static final String DECISIONS = "hotspot.voucher.decisions";

    private final VoucherCache cache;
    private final VoucherChanges changes;
    private final VoucherKeys keys;
    private final Authorizer authorizer;
    /** Decisions by result, registered once: a meter looked up per login costs on the login path. */
    private final Counter accepted;
    private final Map<RejectReason, Counter> rejected = new EnumMap<>(RejectReason.class);
    private final Clock clock = Clock.systemUTC();

    public AuthorizationService(VoucherCache cache, VoucherChanges changes,
            VoucherKeys keys, VoucherConfig config, MeterRegistry registry) {
        this.cache = cache;
        this.changes = changes;
        this.keys = keys;
        this.authorizer = new Authorizer(config.authorization().interimInterval(),
                config.authorization().deviceLease());
        this.accepted = registry.counter(DECISIONS, "result", "accept");
        for (RejectReason reason : RejectReason.values()) {
            rejected.put(reason, registry.counter(DECISIONS, "result", reason.wire()));
        }
    }

    public Uni<Decision> decide(String organizationId, String code, AccessRequest request) {
        String normalized = VoucherCodes.normalize(code);
        if (normalized == null || normalized.length() > VoucherCodes.MAX_LENGTH + VoucherCodes.MAX_PREFIX_LENGTH) {
            return counted(organizationId, Uni.createFrom().item(Decision.reject(RejectReason.UNKNOWN, null)));
        }
        String lookupKey = VoucherCodes.lookupKey(keys.lookupKey(), organizationId, normalized);
        return counted(organizationId, cache.readToChange(organizationId, lookupKey)
                .chain(snapshot -> attempt(organizationId, lookupKey, request, snapshot, 1)));
    }

    private Uni<Decision> attempt(String organizationId, String lookupKey, AccessRequest request, Snapshot snapshot,
            int round) {
        Verdict verdict = authorizer.decide(snapshot.voucher(), snapshot.plan(), request, Instant.now(clock));
        if (verdict.change() == null) {
            // Read from MongoDB and left as it was: its entry is written here, so the next login finds it in Redis.
            return snapshot.fromCache() || snapshot.voucher() == null ? Uni.createFrom().item(verdict.decision())
                    : cache.put(lookupKey, snapshot.voucher()).replaceWith(verdict.decision());
        }
        if (round > ATTEMPTS) {
            return Uni.createFrom().failure(VoucherProblems.busy());
        }
        return write(Projections.reference(snapshot.voucher()), verdict.change())
                .chain(written -> written != null
                        ? Uni.createFrom().item(verdict.decision())
                        : cache.fetch(organizationId, lookupKey)
                                .chain(fresh -> attempt(organizationId, lookupKey, request, fresh, round + 1)));
    }

    /** The change applied if the voucher is still as decided on; null when it moved on. */
    Uni<Voucher> write(Voucher stored, Change change) {
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.set("boundMacs", change.boundMacs()));
        updates.add(Updates.set("devices", VoucherChanges.leases(Projections.leases(change.devices()))));
        if (change.firstUsedAt() != null) {
            updates.add(Updates.set("firstUsedAt", change.firstUsedAt()));
            updates.add(Updates.set("validUntil", change.validUntil()));
        }
        Transition transition = change.to() == null ? null : Transition.automatic(change.to(), change.cause());
        return changes.applyForLogin(stored, updates, transition);
    }

    private Uni<Decision> counted(String organizationId, Uni<Decision> decision) {
        if (WarmUp.ORGANIZATION.equals(organizationId)) {
            // The warm-up's rounds are no logins: an alert on unknown codes must not fire at every start.
            return decision;
        }
        return decision.invoke(d -> (d.accept() ? accepted : rejected.get(d.reason())).increment());
    }

    /** What decisions are made with: the warm-up rounds use it on their own projections. */
    Authorizer authorizer() {
        return authorizer;
    }
}
