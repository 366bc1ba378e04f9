package org.hotspot.portal.dashboard.batches;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A batch as voucher-service's {@code /api/batches} answers it (its {@code BatchView}).
 *
 * @param state   {@code GENERATING}, {@code READY} or {@code FAILED}
 * @param done    how many of its vouchers are stored so far
 * @param charged what a reseller paid for it; null for everyone else
 */
public record Batch(String id, String profileId, String profileName, int count, String state, int done, int total,
        int codeLength, String prefix, String note, Instant expiresAt, String createdBy, BigDecimal charged,
        String currency, Guess guess, String failure, Instant createdAt, Instant finishedAt) {

    /** How long guessing a live code would take; {@code weak} under 30 days. */
    public record Guess(long liveVouchers, boolean weak) {
    }

    public boolean generating() {
        return "GENERATING".equals(state);
    }

    public boolean ready() {
        return "READY".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }

    public boolean weak() {
        return guess != null && guess.weak();
    }
}
