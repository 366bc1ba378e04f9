package org.hotspot.session.usage;

import java.util.function.Function;
import org.hotspot.session.UsageDelta;

/** What usage is rolled up by; each sample counts once in every dimension it has a key for. */
public enum Dimension {
    ORGANIZATION(UsageDelta::organizationId),
    VOUCHER(UsageDelta::voucherId),
    PROFILE(UsageDelta::profileId),
    ROUTER(UsageDelta::routerId),
    SITE(UsageDelta::site);

    private final Function<UsageDelta, String> key;

    Dimension(Function<UsageDelta, String> key) {
        this.key = key;
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
