package org.hotspot.gateway.radius.access;

import org.hotspot.events.voucher.VoucherProjection;

/**
 * What Redis said about a login, read in one round trip: whether the device, the router or the
 * organization is cooling down after too many rejects (see {@link RejectGuard}), and the voucher's entry.
 *
 * @param lookupKey the code's lookup key; null when the code is nothing but separators
 * @param voucher   the voucher's entry; null on a miss, an unreadable entry or a Redis failure
 */
public record Login(boolean blocked, String lookupKey, VoucherProjection voucher) {
}
