package org.hotspot.portal.dashboard.batches;

import org.hotspot.portal.dashboard.plans.Prices;
import org.hotspot.portal.dashboard.web.DashboardFrame;

/** Writes batches and vouchers for the page's language. */
final class BatchRows {

    private BatchRows() {
    }

    static BatchPages.Row row(Batch batch, DashboardFrame frame) {
        return row(batch, null, frame);
    }

    /** The row with its used and unused counts, {@code unused} being how many are still unused (null: unknown). */
    static BatchPages.Row row(Batch batch, Integer unused, DashboardFrame frame) {
        return new BatchPages.Row(batch.id(), frame.formats().dateTime(batch.createdAt()), batch.profileName(),
                frame.formats().number((long) batch.count()), stateKey(batch), batch.createdBy(),
                batch.charged() == null ? null : Prices.format(batch.charged(), batch.currency(), frame.language()),
                frame.formats().date(batch.expiresAt()), batch.generating(), batch.weak(),
                unused == null ? null : frame.formats().number((long) Math.max(0, batch.count() - unused)),
                unused == null ? null : frame.formats().number((long) unused));
    }

    static BatchPages.Progress progress(Batch batch, DashboardFrame frame) {
        int total = Math.max(1, batch.total());
        int done = Math.min(batch.done(), total);
        return new BatchPages.Progress(batch.id(), done, total, frame.formats().number((long) done),
                frame.formats().number((long) total), (int) (100L * done / total), batch.generating(), batch.failed());
    }

    static BatchPages.VoucherRow voucher(Voucher voucher, boolean showCodes, DashboardFrame frame) {
        return new BatchPages.VoucherRow(frame.formats().number((long) voucher.serial()),
                showCodes ? voucher.printedCode() : null, voucherStateKey(voucher.state()),
                frame.formats().dateTime(voucher.firstUsedAt()), frame.formats().dateTime(voucher.validUntil()));
    }

    private static String stateKey(Batch batch) {
        if (batch.generating()) {
            return "batchGenerating";
        }
        return batch.failed() ? "batchFailed" : "batchReady";
    }

    private static String voucherStateKey(String state) {
        return switch (state == null ? "" : state) {
            case "ACTIVE" -> "voucherActive";
            case "EXHAUSTED" -> "voucherExhausted";
            case "EXPIRED" -> "voucherExpired";
            case "REVOKED" -> "voucherRevoked";
            case "DISABLED" -> "voucherDisabled";
            default -> "voucherUnused";
        };
    }
}
