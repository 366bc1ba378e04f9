package org.hotspot.events.voucher;

/**
 * Where a voucher is in its life. {@code UNUSED → ACTIVE} at first use; {@code EXHAUSTED} when its
 * time or data is spent; {@code EXPIRED} when its validity (or an unused voucher's batch expiry)
 * passes; {@code REVOKED} for good; {@code DISABLED} until an operator enables it again.
 */
public enum VoucherState {
    UNUSED,
    ACTIVE,
    EXHAUSTED,
    EXPIRED,
    REVOKED,
    DISABLED;

    /** Whether a voucher in this state may still be used, given its quotas and dates allow it. */
    public boolean usable() {
        return this == UNUSED || this == ACTIVE;
    }
}
