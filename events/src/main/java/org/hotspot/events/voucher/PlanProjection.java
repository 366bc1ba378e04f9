package org.hotspot.events.voucher;

import java.util.List;

/**
 * The terms of a profile as decisions read them, in Redis under {@link ProjectionKeys#plan}. Kept
 * apart from the vouchers so that editing a plan rewrites one entry, not one per voucher sold.
 * Null quotas and limits mean unlimited.
 *
 * @param sites the sites the plan is valid at; empty for all
 */
public record PlanProjection(String profileId, Long timeQuotaSeconds, Long validitySeconds, Long dataQuotaBytes,
        Long uploadQuotaBytes, Long downloadQuotaBytes, String rateLimit, int sharedUsers, boolean macLock,
        Long idleTimeoutSeconds, List<String> sites) {

    public PlanProjection {
        sites = sites == null ? List.of() : List.copyOf(sites);
        if (sharedUsers < 1) {
            throw new IllegalArgumentException("shared users must be 1 or more, not " + sharedUsers);
        }
    }
}
