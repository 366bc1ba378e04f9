package org.hotspot.portal.client;

/** What a card's QR token stands for (voucher-service's {@code GET /internal/qr/{token}}). */
public record QrVoucher(String organizationId, String voucherId, String code) {
}
