package org.hotspot.events.voucher;

/**
 * The Redis keys of the projections. The organization is part of every key so that one tenant's
 * entries can be dropped by pattern; the voucher is found by its lookup key (the keyed HMAC of its
 * code), which only holders of the HMAC key can compute from a code.
 */
public final class ProjectionKeys {

    public static final String PREFIX = "hotspot:v1:";

    private ProjectionKeys() {
    }

    public static String voucher(String organizationId, String lookupKey) {
        return PREFIX + "voucher:" + organizationId + ":" + lookupKey;
    }

    public static String plan(String organizationId, String profileId) {
        return PREFIX + "plan:" + organizationId + ":" + profileId;
    }

    /**
     * The terms of one version of a profile. Editing a plan makes a new version and leaves the old
     * ones in place, so vouchers sold with them keep them; version 0 keeps the key entries had before
     * plans were versioned.
     */
    public static String plan(String organizationId, String profileId, long termsVersion) {
        return termsVersion == 0 ? plan(organizationId, profileId)
                : plan(organizationId, profileId) + ":" + termsVersion;
    }

    /** Every voucher entry of the organization, for {@code SCAN MATCH}. */
    public static String vouchersOf(String organizationId) {
        return PREFIX + "voucher:" + organizationId + ":*";
    }
}
