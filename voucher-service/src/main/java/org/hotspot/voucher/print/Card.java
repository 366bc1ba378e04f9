package org.hotspot.voucher.print;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one printed card shows. Quotas and limits are the profile's; null means unlimited.
 *
 * @param organizationName as the organization entered it: user input, escaped wherever it is printed
 * @param code the code already in its printed, grouped form ({@code ABCD-EFGH-JK}); always Latin,
 *        always printed left to right, whatever the card's language
 * @param price null when the card shows no price (a free or pre-paid batch)
 * @param currency ISO 4217, needed when price is set
 * @param rateLimit MikroTik form such as {@code 4M/2M} (upload/download, see
 *        {@link org.hotspot.voucher.RateLimit}), or null
 * @param qrContent what the QR code holds, normally the portal's login URL with the code
 * @param serial the card's place in its batch, such as {@code B12-0042}, or null
 * @param expiresAt when the card stops working if still unused (its batch's expiry), or null for never
 */
public record Card(
        String organizationName,
        String code,
        String planName,
        BigDecimal price,
        String currency,
        Long timeQuotaSeconds,
        Long validitySeconds,
        Long dataQuotaBytes,
        String rateLimit,
        String qrContent,
        String serial,
        Instant expiresAt) {

    public Card {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a card needs a code");
        }
        if (qrContent == null || qrContent.isEmpty()) {
            throw new IllegalArgumentException("a card needs QR content");
        }
        if (price != null && (currency == null || currency.isBlank())) {
            throw new IllegalArgumentException("a price needs a currency");
        }
    }
}
