package org.hotspot.voucher.rest;

import java.time.Instant;
import java.util.List;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.VoucherCodes;

/** The records of the voucher endpoints. */
public final class VoucherApi {

    private VoucherApi() {
    }

    /**
     * One voucher. {@code code} is null for viewers: codes are money, and a read-only role has no
     * business holding them.
     *
     * @param printedCode the code grouped as on the card, for reading aloud
     */
    public record VoucherView(String id, String code, String printedCode, int serial, String batchId,
            String profileId, VoucherState state, Instant createdAt, Instant expiresAt, Instant firstUsedAt,
            Instant validUntil, long timeUsedSeconds, long bytesIn, long bytesOut, List<String> boundMacs) {

        static VoucherView of(Voucher v, String code) {
            return new VoucherView(v.id, code, code == null ? null : VoucherCodes.display(code, 4), v.serial,
                    v.batchId, v.profileId, v.state, v.createdAt, v.expiresAt, v.firstUsedAt, v.validUntil,
                    v.timeUsedSeconds, v.bytesIn, v.bytesOut, v.boundMacs);
        }
    }

    public record VoucherPage(int page, int size, int total, List<VoucherView> vouchers) {
    }
}
