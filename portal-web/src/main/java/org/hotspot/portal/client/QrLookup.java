package org.hotspot.portal.client;

/**
 * A QR token, resolved.
 *
 * @param voucher the voucher; null unless {@link Outcome#VALID}
 */
public record QrLookup(Outcome outcome, QrVoucher voucher) {

    /** Whether the token stands for a voucher that can still log in. */
    public enum Outcome {
        VALID,
        /** The voucher was revoked: the card says so rather than "not valid". */
        REVOKED,
        /** Forged, mistyped or of no voucher. */
        NOT_VALID
    }
}
