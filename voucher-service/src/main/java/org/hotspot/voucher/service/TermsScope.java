package org.hotspot.voucher.service;

import org.hotspot.events.voucher.VoucherState;

/** Which vouchers a plan edit reaches besides the batches made after it. */
public enum TermsScope {
    /** Only batches made from now on; vouchers already made keep the terms they were sold with. */
    NEW(null),
    /** Also the vouchers not used yet. */
    UNUSED(VoucherState.UNUSED),
    /** Every voucher of the plan, in use or not. */
    ALL(null);

    private final VoucherState only;

    TermsScope(VoucherState only) {
        this.only = only;
    }

    /** The state vouchers must be in to be moved, or null for any. */
    VoucherState only() {
        return only;
    }
}
