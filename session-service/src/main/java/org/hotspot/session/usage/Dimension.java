package org.hotspot.session.usage;

import java.util.function.Function;
import org.hotspot.session.UsageDelta;

/** What usage is rolled up by; each sample counts once in every dimension it has a key for. */
public enum Dimension {
    ORGANIZATION(UsageDelta::organizationId, true),
    /** A voucher's day gathers the few sessions its plan lets on: one document is enough. */
    VOUCHER(UsageDelta::voucherId, false),
    PROFILE(UsageDelta::profileId, true),
    ROUTER(UsageDelta::routerId, true),
    SITE(UsageDelta::site, true);

    private final Function<UsageDelta, String> key;
    private final boolean sharded;

    Dimension(Function<UsageDelta, String> key, boolean sharded) {
        this.key = key;
        this.sharded = sharded;
    }

    /**
     * Which of a bucket's documents a session's usage goes to: its {@link SessionHash#shard()} where
     * a bucket gathers the sessions of a whole organization, router or site, else the only one, 0.
     * Fixed like {@link SessionHash#SHARDS}: a change re-applies the current bucket's in-flight records.
     */
    public int shardOf(SessionHash session) {
        return sharded ? session.shard() : 0;
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
