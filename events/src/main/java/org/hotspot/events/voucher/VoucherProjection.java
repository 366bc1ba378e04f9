package org.hotspot.events.voucher;

import java.time.Instant;
import java.util.List;

/**
 * What an authorization decision needs to know about one voucher, as voucher-service keeps it in
 * Redis under {@link ProjectionKeys#voucher}. voucher-service writes it after every change to the
 * voucher; router-gateway may read it to answer without a call. It never holds the code.
 *
 * @param expiresAt   when an unused voucher expires (the batch's expiry); null for never
 * @param validUntil  when an active voucher expires (first use plus validity); null for never
 * @param bytesIn     bytes from the customer's devices (RADIUS input octets): upload
 * @param bytesOut    bytes to the customer's devices (RADIUS output octets): download
 * @param boundMacs   the devices a MAC-locked voucher is bound to
 * @param devices     the devices online or recently granted, each until its lease ends
 * @param version     bumped by every change: a writer that read an older version lost a race
 * @param termsVersion which version of its profile's terms the voucher was sold with (see
 *                    {@link ProjectionKeys#plan(String, String, long)}); 0 in entries written before
 *                    plans were versioned, whose vouchers all hold the profile's first terms
 * @param seller      the reseller who sold the voucher; null when the organization sold it
 */
public record VoucherProjection(String voucherId, String organizationId, String batchId, String profileId,
        VoucherState state, Instant expiresAt, Instant firstUsedAt, Instant validUntil, long timeUsedSeconds,
        long bytesIn, long bytesOut, List<String> boundMacs, List<Device> devices, long version, long termsVersion,
        String seller) {

    public VoucherProjection {
        boundMacs = boundMacs == null ? List.of() : List.copyOf(boundMacs);
        devices = devices == null ? List.of() : List.copyOf(devices);
    }

    /** A voucher the organization sold, of its profile's first terms. */
    public VoucherProjection(String voucherId, String organizationId, String batchId, String profileId,
            VoucherState state, Instant expiresAt, Instant firstUsedAt, Instant validUntil, long timeUsedSeconds,
            long bytesIn, long bytesOut, List<String> boundMacs, List<Device> devices, long version) {
        this(voucherId, organizationId, batchId, profileId, state, expiresAt, firstUsedAt, validUntil, timeUsedSeconds,
                bytesIn, bytesOut, boundMacs, devices, version, 0, null);
    }

    /** The Redis key of the terms this voucher is decided on. */
    public String planKey() {
        return ProjectionKeys.plan(organizationId, profileId, termsVersion);
    }

    /**
     * One device granted access: it counts against the voucher's shared users until {@code seenAt}
     * plus the lease, or until its session is reported closed.
     */
    public record Device(String mac, String sessionId, String nasId, Instant seenAt) {
    }
}
