package org.hotspot.events.voucher;

import java.time.Duration;
import java.util.List;

/**
 * The terms of a profile as decisions read them, in Redis under {@link ProjectionKeys#plan}. Kept
 * apart from the vouchers so that editing a plan rewrites one entry, not one per voucher sold.
 * Null quotas and limits mean unlimited.
 *
 * @param sites the sites the plan is valid at; empty for all
 * @param terms voucher-service's own decision settings, so that router-gateway answering from the
 *              projection grants exactly what voucher-service would; null in an entry written
 *              before they were kept here, and then only voucher-service accepts
 */
public record PlanProjection(String profileId, Long timeQuotaSeconds, Long validitySeconds, Long dataQuotaBytes,
        Long uploadQuotaBytes, Long downloadQuotaBytes, String rateLimit, int sharedUsers, boolean macLock,
        Long idleTimeoutSeconds, List<String> sites, Terms terms) {

    /**
     * The longest time quota, validity or idle timeout a plan may have: ten years. Every sum of it with
     * a date stays far inside {@link java.time.Instant}'s range and RADIUS's 32-bit seconds.
     */
    public static final long MAX_SECONDS = 10L * 366 * 24 * 3600;

    /** The largest data quota a plan may have: one pebibyte, within Mikrotik-Total-Limit's Gigawords. */
    public static final long MAX_BYTES = 1L << 50;

    public PlanProjection {
        sites = sites == null ? List.of() : List.copyOf(sites);
        if (sharedUsers < 1) {
            throw new IllegalArgumentException("shared users must be 1 or more, not " + sharedUsers);
        }
    }

    /**
     * The settings every decision is taken with.
     *
     * @param interimIntervalSeconds the Acct-Interim-Interval routers are given
     * @param deviceLeaseSeconds     how long a granted device counts against shared users without news
     */
    public record Terms(long interimIntervalSeconds, long deviceLeaseSeconds) {

        public Authorizer authorizer() {
            return new Authorizer(Duration.ofSeconds(interimIntervalSeconds), Duration.ofSeconds(deviceLeaseSeconds));
        }
    }
}
