package org.hotspot.portal.dashboard.batches;

import java.time.Instant;
import java.util.List;

/**
 * A voucher of a batch's page, as voucher-service answers it. {@code code} and {@code printedCode}
 * are null for a viewer: the service masks them, and the pages never ask for them otherwise.
 */
public record Voucher(String id, String printedCode, int serial, String state, Instant firstUsedAt,
        Instant validUntil, long timeUsedSeconds, long bytesIn, long bytesOut) {

    /** One page of a batch's vouchers in serial order; {@code total} is the batch's size. */
    public record Page(int page, int size, int total, List<Voucher> vouchers) {
    }
}
