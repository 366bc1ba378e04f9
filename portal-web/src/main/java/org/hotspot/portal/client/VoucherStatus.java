package org.hotspot.portal.client;

import java.time.Instant;

/**
 * A voucher's state as the online and status pages show it (voucher-service's
 * {@code GET /internal/voucher-status/{statusToken}}); a null amount is unlimited or not set.
 */
public record VoucherStatus(String voucherId, String organizationId, String state, String profileName,
        Long timeLeftSeconds, Long bytesLeft, Instant validUntil) {
}
