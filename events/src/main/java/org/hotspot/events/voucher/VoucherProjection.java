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
 */
public record VoucherProjection(String voucherId, String organizationId, String batchId, String profileId,
        VoucherState state, Instant expiresAt, Instant firstUsedAt, Instant validUntil, long timeUsedSeconds,
        long bytesIn, long bytesOut, List<String> boundMacs, List<Device> devices, long version) {

    public VoucherProjection {
        boundMacs = boundMacs == null ? List.of() : List.copyOf(boundMacs);
        devices = devices == null ? List.of() : List.copyOf(devices);
    }

    /**
     * One device granted access: it counts against the voucher's shared users until {@code seenAt}
     * plus the lease, or until its session is reported closed.
     */
    public record Device(String mac, String sessionId, String nasId, Instant seenAt) {
    }
}
