package org.hotspot.gateway.radius.access;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.hotspot.events.voucher.PlanProjection;
import org.hotspot.events.voucher.ProjectionCodec;
import org.hotspot.events.voucher.ProjectionSeal;
import org.hotspot.events.voucher.VoucherProjection;
import org.hotspot.gateway.config.GatewayConfig;
import org.hotspot.gateway.messaging.VoucherFloors;
import org.hotspot.gateway.service.GatewayKeys;
import org.jboss.logging.Logger;

/**
 * The Redis entries router-gateway may answer from: only those voucher-service sealed for the very
 * key they were read from ({@link ProjectionSeal}), signed within {@link GatewayConfig.Decisions#projectionMaxAge()}
 * and after this instance began hearing transitions, and (vouchers) not older than a transition
 * heard of ({@link VoucherFloors}). Anything else is no entry at all, as on a miss: voucher-service
 * decides, from MongoDB where it matters. Such entries are counted by why
 * ({@code hotspot.gateway.redis.untrusted}) and logged at most once a minute.
 *
 * <p>Why this holds against someone who can write to Redis: the MAC key is in voucher-service's
 * and router-gateway's configuration only, so an entry edited, made up, or moved to another key
 * fails the MAC. What such a writer can still do is put back an older genuine entry of the same
 * key, say the ACTIVE one after a revocation. A freshness limit alone would leave that open for
 * the entry's lifetime; the version floors close it from the moment the transition's event
 * reaches this instance: milliseconds after the change is stored, later while Kafka is out of
 * reach (see {@link VoucherFloors}). Redis pub/sub could not carry floors: whoever writes to Redis
 * can publish there too. The age limit is what lets floors be forgotten, and it costs
 * no hits: voucher-service's entries expire from Redis {@code hotspot.voucher.cache-ttl} after
 * they are written, which the limit must not be shorter than. The price: for up to that TTL after an
 * instance starts, the entries written before it are misses and voucher-service answers those re-logins.
 *
 * <p>A voucher entry is verified once per value a loop reads: the decoded projection is kept per
 * thread with the key it was verified for, so a device's re-logins answered from the loop's copy
 * of Redis cost a map lookup and two comparisons, not an HMAC. Older usage figures in a replayed
 * entry of the same state are not caught by floors (only transitions are published); the router's
 * own limits and the next transition bound them.
 */
@ApplicationScoped
public class TrustedEntries {

    private static final Logger LOG = Logger.getLogger(TrustedEntries.class);
    private static final int DECODED_PER_THREAD = 20_000;
    private static final long LOG_EVERY_MILLIS = 60_000;

    /** A voucher entry that passed its MAC under {@code key}. */
    private record Verified(String key, VoucherProjection voucher, long signedAt) {
    }

    private final ProjectionSeal seal;
    private final ProjectionCodec codec = new ProjectionCodec();
    private final VoucherFloors floors;
    private final long maxAgeMillis;
    private final Counter forged;
    private final Counter stale;
    private final Counter replayed;
    private final AtomicLong loggedAt = new AtomicLong();
    /** Per thread, the entries last verified, by their value: at most {@link #DECODED_PER_THREAD}. */
    private final ThreadLocal<Map<String, Verified>> verified = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                    return size() > DECODED_PER_THREAD;
                }
            });

    public TrustedEntries(GatewayConfig config, GatewayKeys keys, VoucherFloors floors, MeterRegistry meters) {
        this.seal = keys.projections();
        this.floors = floors;
        this.maxAgeMillis = config.decisions().projectionMaxAge().toMillis();
        this.forged = meters.counter("hotspot.gateway.redis.untrusted", "reason", "forged");
        this.stale = meters.counter("hotspot.gateway.redis.untrusted", "reason", "stale");
        this.replayed = meters.counter("hotspot.gateway.redis.untrusted", "reason", "replayed");
    }

    /** The voucher entry read from {@code key}, or null when there is none worth trusting. */
    public VoucherProjection voucher(String key, String value) {
        if (value == null) {
            return null;
        }
        Map<String, Verified> memo = verified.get();
        Verified entry = memo.get(value);
        if (entry == null || !entry.key.equals(key)) {
            ProjectionSeal.Opened opened = seal.open(key, value);
            VoucherProjection voucher = opened == null ? null : codec.read(opened.json(), VoucherProjection.class);
            if (voucher == null) {
                return untrusted(forged, key);
            }
            entry = new Verified(key, voucher, opened.signedAt());
            memo.put(value, entry);
        }
        if (!fresh(entry.signedAt)) {
            return untrusted(stale, key);
        }
        if (!floors.current(entry.voucher.voucherId(), entry.voucher.version())) {
            return untrusted(replayed, key);
        }
        return entry.voucher;
    }

    /** The plan entry read from {@code key}, or null when there is none worth trusting. */
    public PlanProjection plan(String key, String value) {
        if (value == null) {
            return null;
        }
        ProjectionSeal.Opened opened = seal.open(key, value);
        PlanProjection plan = opened == null ? null : codec.read(opened.json(), PlanProjection.class);
        if (plan == null) {
            return untrusted(forged, key);
        }
        return fresh(opened.signedAt()) ? plan : untrusted(stale, key);
    }

    private boolean fresh(long signedAt) {
        long now = System.currentTimeMillis();
        return signedAt >= floors.since() && now - signedAt <= maxAgeMillis && signedAt - now <= 60_000;
    }

    private <T> T untrusted(Counter reason, String key) {
        reason.increment();
        long now = System.currentTimeMillis();
        long last = loggedAt.get();
        if (now - last >= LOG_EVERY_MILLIS && loggedAt.compareAndSet(last, now)) {
            LOG.warnf("Redis entry %s is not trusted (%s): answered as a miss; hotspot.gateway.redis.untrusted counts"
                    + " every one", key, reason.getId().getTag("reason"));
        }
        return null;
    }
}
