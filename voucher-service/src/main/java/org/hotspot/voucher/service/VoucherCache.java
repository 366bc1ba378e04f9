package org.hotspot.voucher.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hotspot.events.voucher.PlanProjection;
import org.hotspot.events.voucher.ProjectionCodec;
import org.hotspot.events.voucher.ProjectionKeys;
import org.hotspot.events.voucher.ProjectionSeal;
import org.hotspot.events.voucher.VoucherProjection;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.config.VoucherConfig;
import org.hotspot.voucher.repository.LookupBatches;
import org.hotspot.voucher.repository.ProfileRepository;
import org.jboss.logging.Logger;

/**
 * Redis in front of voucher lookups: the voucher's and its plan's projections, read together in one
 * round trip. MongoDB stays the source of truth: a miss, an unreadable entry or a Redis failure
 * reads MongoDB instead, so the answer is the same, only slower. A change writes the new
 * projection at once; one that could not reach Redis is retried until it does, and the TTL bounds
 * how long any entry can outlive its voucher.
 *
 * <p>Every entry is MAC'd for its key ({@link ProjectionSeal}), so router-gateway can tell what this
 * service wrote; an entry read back here that fails the MAC is a miss too. A genuine but older entry
 * put back needs no more here: every accept writes a change conditional on the version it read,
 * which an old entry's version fails, and the decision is then taken again from MongoDB.
 */
@ApplicationScoped
public class VoucherCache {

    private static final Logger LOG = Logger.getLogger(VoucherCache.class);

    /** Far more plan versions than an organization has; past it the memory starts over rather than grow. */
    private static final int MAX_PLANS = 10_000;

    private record KnownPlan(PlanProjection plan, long writtenAt) {
    }

    /** What decisions read: the voucher and its plan, either null when unknown. */
    public record Snapshot(VoucherProjection voucher, PlanProjection plan, boolean fromCache) {
    }

    private final ReactiveValueCommands<String, String> values;
    private final RedisReads reads;
    private final LookupBatches vouchers;
    private final ProfileRepository profiles;
    private final ProjectionCodec codec = new ProjectionCodec();
    private final Duration ttl;
    private final PlanProjection.Terms terms;
    private final Counter hits;
    private final Counter misses;
    private final Counter errors;
    private final Counter untrusted;
    private final ProjectionSeal seal;
    /** The plan terms read so far, by their entry's key; see {@link #plan}. */
    private final Map<String, KnownPlan> plans = new ConcurrentHashMap<>();
    /** Entries whose latest write failed, by key: retried so Redis never keeps a stale accept. */
    private final Map<String, String> unwritten = new ConcurrentHashMap<>();

    public VoucherCache(ReactiveRedisDataSource redis, RedisReads reads, LookupBatches vouchers,
            ProfileRepository profiles, VoucherConfig config, VoucherKeys keys, MeterRegistry registry) {
        this.values = redis.value(String.class);
        this.reads = reads;
        this.vouchers = vouchers;
        this.profiles = profiles;
        this.ttl = config.authorization().cacheTtl();
        this.terms = new PlanProjection.Terms(config.authorization().interimInterval().toSeconds(),
                config.authorization().deviceLease().toSeconds());
        this.hits = registry.counter("hotspot.voucher.cache", "result", "hit");
        this.misses = registry.counter("hotspot.voucher.cache", "result", "miss");
        this.errors = registry.counter("hotspot.voucher.cache", "result", "error");
        this.untrusted = registry.counter("hotspot.voucher.cache", "result", "untrusted");
        this.seal = keys.projections();
    }

    /**
     * The voucher with this lookup key and its plan: from Redis when both are there, else from
     * MongoDB, whose voucher is then put into Redis (unknown codes are not cached).
     */
    public Uni<Snapshot> read(String organizationId, String lookupKey) {
        return readToChange(organizationId, lookupKey)
                .call(snapshot -> snapshot.fromCache() || snapshot.voucher() == null ? Uni.createFrom().voidItem()
                        : put(lookupKey, snapshot.voucher()));
    }

    /** What Redis has of the voucher and its plan; nothing when it fails. */
    private Uni<Snapshot> cached(String organizationId, String lookupKey) {
        String voucherKey = ProjectionKeys.voucher(organizationId, lookupKey);
        return reads.get(voucherKey)
                .map(json -> opened(voucherKey, json, VoucherProjection.class))
                .chain(voucher -> voucher == null ? Uni.createFrom().item(new Snapshot(null, null, false))
                        : reads.get(voucher.planKey())
                                .map(json -> new Snapshot(voucher,
                                        opened(voucher.planKey(), json, PlanProjection.class), true))
                                .invoke(this::rewritePlanIfGone))
                .onFailure().invoke(e -> {
                    errors.increment();
                    LOG.debugf("Redis read failed, reading MongoDB: %s", e.getMessage());
                })
                .onFailure().recoverWithItem(new Snapshot(null, null, false));
    }

    /**
     * A voucher entry without its plan's: Redis lost the plan's (a restart, an eviction) while this
     * service remembers having written it. Forgotten here, the next read writes it again, rather than
     * router-gateway asking for every login of that plan until half the TTL has gone.
     */
    private void rewritePlanIfGone(Snapshot cached) {
        if (cached.voucher() != null && cached.plan() == null) {
            plans.remove(cached.voucher().planKey());
        }
    }

    /** The entry if this service wrote it under this key, else null: read as a miss. */
    private <T> T opened(String key, String value, Class<T> type) {
        if (value == null) {
            return null;
        }
        ProjectionSeal.Opened opened = seal.open(key, value);
        if (opened == null) {
            untrusted.increment();
            LOG.debugf("Redis entry %s fails its MAC: reading MongoDB", key);
            return null;
        }
        return codec.read(opened.json(), type);
    }

    private Uni<Snapshot> hit(Snapshot cached) {
        hits.increment();
        return Uni.createFrom().item(cached);
    }

    /**
     * The voucher with this lookup key and its plan, from Redis when both are there, else from
     * MongoDB without writing the voucher's entry: for a caller about to change the voucher, whose
     * change writes the entry (a first use would otherwise write it twice). A caller that ends up
     * changing nothing writes it with {@link #put(String, VoucherProjection)}.
     */
    public Uni<Snapshot> readToChange(String organizationId, String lookupKey) {
        return cached(organizationId, lookupKey)
                .chain(cached -> cached.voucher() != null && cached.plan() != null
                        ? hit(cached)
                        : fetch(organizationId, lookupKey));
    }

    /** Reads MongoDB for the voucher and the plan's terms (from memory when this version was read before). */
    public Uni<Snapshot> fetch(String organizationId, String lookupKey) {
        misses.increment();
        return vouchers.findByLookupKey(organizationId, lookupKey)
                .chain(voucher -> voucher == null ? Uni.createFrom().item(new Snapshot(null, null, false))
                        : plan(organizationId, voucher.profileId, voucher.termsVersion)
                                .map(plan -> new Snapshot(Projections.of(voucher), plan, false)));
    }

    /**
     * One version of a plan's terms. A version never changes once made (an edit of the terms makes
     * the next one), so what was read once is kept in memory; its Redis entry, which router-gateway
     * reads, is written when first read here and again once half its TTL has gone.
     */
    private Uni<PlanProjection> plan(String organizationId, String profileId, long termsVersion) {
        String key = ProjectionKeys.plan(organizationId, profileId, termsVersion);
        KnownPlan known = plans.get(key);
        long now = System.nanoTime();
        if (known != null) {
            if (now - known.writtenAt() > ttl.toNanos() / 2) {
                plans.put(key, new KnownPlan(known.plan(), now));
                return write(key, codec.write(known.plan())).replaceWith(known.plan());
            }
            return Uni.createFrom().item(known.plan());
        }
        return profiles.findInOrganization(organizationId, profileId)
                .chain(profile -> profile == null ? Uni.createFrom().nullItem() : remember(key, profile, termsVersion));
    }

    private Uni<PlanProjection> remember(String key, Profile profile, long termsVersion) {
        PlanProjection plan = Projections.of(profile, termsVersion, terms);
        if (plans.size() >= MAX_PLANS) {
            plans.clear();
        }
        plans.put(key, new KnownPlan(plan, System.nanoTime()));
        return write(key, codec.write(plan)).replaceWith(plan);
    }

    /** Writes both projections after a change; never fails the caller. */
    public Uni<Void> put(Voucher voucher, Profile profile) {
        return Uni.join().all(put(voucher), putPlan(profile, voucher.termsVersion)).andCollectFailures()
                .replaceWithVoid()
                .onFailure().recoverWithNull();
    }

    public Uni<Void> put(Voucher voucher) {
        return put(voucher.lookupKey, Projections.of(voucher));
    }

    /** Writes the voucher's entry as read; never fails the caller. */
    public Uni<Void> put(String lookupKey, VoucherProjection voucher) {
        return write(ProjectionKeys.voucher(voucher.organizationId(), lookupKey), codec.write(voucher));
    }

    /** Writes one version of the plan's terms. */
    public Uni<Void> putPlan(Profile profile, long termsVersion) {
        return write(ProjectionKeys.plan(profile.organizationId, profile.id, termsVersion),
                codec.write(Projections.of(profile, termsVersion, terms)));
    }

    private Uni<Void> write(String key, String projection) {
        return store(key, seal.seal(key, projection, Instant.now()));
    }

    /** Stores a sealed entry; a retry stores it again as it was sealed, whose MAC still holds. */
    private Uni<Void> store(String key, String json) {
        return values.set(key, json, new SetArgs().px(ttl))
                .invoke(() -> unwritten.remove(key, json))
                .onFailure().invoke(e -> {
                    errors.increment();
                    // Not a stale accept in waiting: every accept is confirmed against MongoDB's version. Only
                    // a stale reject could linger, and retrying (plus the TTL) bounds that.
                    unwritten.put(key, json);
                })
                .onFailure().recoverWithNull();
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> retryUnwritten() {
        if (unwritten.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        LOG.debugf("Rewriting %d Redis entries a failed write left behind", unwritten.size());
        return Uni.join().all(unwritten.entrySet().stream().map(e -> store(e.getKey(), e.getValue())).toList())
                .andCollectFailures().replaceWithVoid().onFailure().recoverWithNull();
    }
}
