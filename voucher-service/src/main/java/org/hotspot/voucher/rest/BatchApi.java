package org.hotspot.voucher.rest;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.hotspot.common.validation.PlainText;
import org.hotspot.voucher.Batch;
import org.hotspot.voucher.BatchState;
import org.hotspot.voucher.GuessEstimate;
import org.hotspot.voucher.VoucherCodes;
import org.hotspot.voucher.service.BatchService.Order;

/** The records of the batch endpoints (docs/services/voucher-service.md). */
public final class BatchApi {

    private BatchApi() {
    }

    /**
     * @param count      1 to 100,000 vouchers
     * @param codeLength random symbols per code, 6 to 20 (default 10), after the prefix
     * @param prefix     up to 8 letters and digits printed before the random part, such as a site's initials
     * @param expiresAt  vouchers still unused then expire
     */
    public record BatchRequest(
            @NotBlank @Size(max = 64) String profileId,
            @NotNull @Min(1) @Max(100_000) Integer count,
            @Min(VoucherCodes.MIN_LENGTH) @Max(VoucherCodes.MAX_LENGTH) Integer codeLength,
            @Pattern(regexp = "[A-Za-z0-9]{0,8}", message = "up to 8 letters A-Z and digits") String prefix,
            @Size(max = 200) @PlainText String note,
            @Future @WithinTenYears Instant expiresAt) {

        Order order() {
            return new Order(profileId, count, codeLength == null ? VoucherCodes.DEFAULT_LENGTH : codeLength, prefix,
                    note, expiresAt);
        }
    }

    /**
     * How long guessing one live code of the organization would take.
     *
     * @param guessesPerSecond the rate router-gateway enforces across the organization's routers
     * @param weak    true below 30 days: longer codes, fewer live vouchers or a smaller guessing budget are needed
     * @param warning what to do about it, when weak
     */
    public record GuessView(long liveVouchers, double guessesPerSecond, long expectedSeconds, String description,
            boolean weak, String warning) {
    }

    public record BatchView(String id, String profileId, String profileName, int count, BatchState state, int done,
            int total, int codeLength, String prefix, String note, Instant expiresAt, String createdBy,
            BigDecimal charged, String currency, GuessView guess, String failure, Instant createdAt,
            Instant finishedAt) {

        static BatchView of(Batch b) {
            GuessView guess = new GuessView(b.liveVouchers,
                    b.guessesPerSecond > 0 ? b.guessesPerSecond : GuessEstimate.UNTHROTTLED_GUESSES_PER_SECOND,
                    b.guessSeconds,
                    b.guessDescription, b.guessWeak, b.guessWeak
                            ? "A valid code could be guessed in under 30 days: use longer codes or fewer live vouchers"
                            : null);
            return new BatchView(b.id, b.profileId, b.profileName, b.count, b.state, b.done, b.count, b.codeLength,
                    b.prefix, b.note, b.expiresAt, b.createdBy, b.charged, b.currency, guess, b.failure, b.createdAt,
                    b.finishedAt);
        }
    }
}
