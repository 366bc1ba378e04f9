package org.hotspot.session.usage;

import java.util.function.Function;
import org.hotspot.session.UsageDelta;

/** What usage is rolled up by; each sample counts once in every dimension it has a key for. */
public enum Dimension {
    ORGANIZATION(UsageDelta::organizationId, true),
    /** A voucher's few sessions come from a few partitions: one document is enough. */
    VOUCHER(UsageDelta::voucherId, false),
    PROFILE(UsageDelta::profileId, true),
    ROUTER(UsageDelta::routerId, true),
    SITE(UsageDelta::site, true);

    /** Documents per sharded bucket. Changing it re-applies the current bucket's in-flight records, so it is fixed. */
    public static final int SHARDS = 16;

    private final Function<UsageDelta, String> key;
    private final boolean sharded;

    Dimension(Function<UsageDelta, String> key, boolean sharded) {
        this.key = key;
        this.sharded = sharded;
    }

    /**
     * Which of a bucket's documents the delta goes to. A bucket that gathers a whole organization's,
     * router's, site's or plan's usage is split by the partition the record came from, so that
     * replicas, each holding its own partitions, seldom write the same document; else the only one, 0.
     */
    public int shardOf(UsageDelta delta) {
        return sharded ? Math.floorMod(delta.place().partition().hashCode(), SHARDS) : 0;
    }

    /** The delta's key in this dimension; null when the delta does not know it (no Class echoed, plan not known yet). */
    public String keyOf(UsageDelta delta) {
        return key.apply(delta);
    }

    /** The name in the API and in stored roll-ups: {@code voucher}. */
    public String apiName() {
        return ApiNames.of(this);
    }

    /** The dimension of an API name, in any case; null when there is none. */
    public static Dimension parse(String name) {
        return ApiNames.parse(Dimension.class, name);
    }
}
