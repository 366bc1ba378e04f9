package org.hotspot.voucher;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;

/**
 * How long an attacker trying codes through the organization's hotspots would take to hit any one
 * live voucher: the number the batch response shows, with a warning when it is short.
 *
 * <p>The attacker is assumed to never repeat a guess. Among {@code space} possible codes of which
 * {@code live} are valid and placed at random, the expected number of guesses up to and including
 * the first hit is {@code (space + 1) / (live + 1)}; this is within a hair of the with-replacement
 * {@code space / live} for any real batch, and stays finite when live equals space.
 *
 * @param guessesPerSecond the attacker's sustained rate across every router: the organization's
 *     guessing budget, which router-gateway enforces ({@code GuessingBudgets#guessesPerSecond})
 * @param expected expected time to the first hit, at most {@link #MAX}
 */
public record GuessEstimate(long liveVouchers, int randomLength, int alphabetSize, double guessesPerSecond,
        Duration expected) {

    /** The rate batches made before the enforced one was stored were estimated at: an unthrottled attacker. */
    public static final double UNTHROTTLED_GUESSES_PER_SECOND = 40_000;

    /** Below this the batch response warns: a month is short enough for a patient attacker. */
    public static final Duration WEAK_BELOW = Duration.ofDays(30);

    /** 10^15 s, some 31 million years: beyond it the figure means "never", and Duration stays exact. */
    public static final Duration MAX = Duration.ofSeconds(1_000_000_000_000_000L);

    private static final long SECONDS_PER_YEAR = 31_557_600; // 365.25 days

    /**
     * @throws IllegalArgumentException for a negative count, a length below 1, an alphabet below 2
     *     symbols, or a rate that is not a positive number
     */
    public static GuessEstimate of(long liveVouchers, int randomLength, int alphabetSize, double guessesPerSecond) {
        if (liveVouchers < 0 || randomLength < 1 || alphabetSize < 2
                || !(guessesPerSecond > 0) || Double.isInfinite(guessesPerSecond)) {
            throw new IllegalArgumentException("cannot estimate for " + liveVouchers + " vouchers of "
                    + randomLength + " symbols from " + alphabetSize + " at " + guessesPerSecond + " guesses/s");
        }
        Duration expected = MAX;
        // No live voucher means nothing to hit: the estimate is "never", shown as the cap.
        if (liveVouchers > 0) {
            // 31^20 is about 6.7e29, past long; BigDecimal keeps small spaces exact as well.
            BigDecimal space = new BigDecimal(BigInteger.valueOf(alphabetSize).pow(randomLength));
            BigDecimal guesses = space.add(BigDecimal.ONE)
                    .divide(BigDecimal.valueOf(liveVouchers).add(BigDecimal.ONE), MathContext.DECIMAL64);
            BigDecimal seconds = guesses.divide(BigDecimal.valueOf(guessesPerSecond), MathContext.DECIMAL64);
            if (seconds.compareTo(BigDecimal.valueOf(MAX.getSeconds())) < 0) {
                BigDecimal nanos = seconds.movePointRight(9).setScale(0, RoundingMode.HALF_UP);
                BigInteger[] split = nanos.toBigInteger().divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
                expected = Duration.ofSeconds(split[0].longValueExact(), split[1].longValueExact());
            }
        }
        return new GuessEstimate(liveVouchers, randomLength, alphabetSize, guessesPerSecond, expected);
    }

    /** With the voucher alphabet. */
    public static GuessEstimate of(long liveVouchers, int randomLength, double guessesPerSecond) {
        return of(liveVouchers, randomLength, VoucherCodes.ALPHABET.length(), guessesPerSecond);
    }

    /** True when a hit is expected within {@link #WEAK_BELOW}: longer codes or fewer live vouchers. */
    public boolean weak() {
        return expected.compareTo(WEAK_BELOW) < 0;
    }

    /** For an operator: "about 4 years at 40,000 guesses/s for 12,000 live vouchers". */
    public String describe() {
        NumberFormat number = NumberFormat.getNumberInstance(Locale.US);
        number.setMaximumFractionDigits(2);
        return span() + " at " + number.format(guessesPerSecond)
                + (guessesPerSecond == 1 ? " guess/s for " : " guesses/s for ")
                + number.format(liveVouchers) + " live voucher" + (liveVouchers == 1 ? "" : "s");
    }

    private String span() {
        long seconds = expected.getSeconds();
        if (expected.compareTo(MAX) >= 0) {
            // Rounded down: "more than" must not overstate the cap.
            return "more than " + MAX.getSeconds() / SECONDS_PER_YEAR / 1_000_000 + " million years";
        }
        if (seconds < 1) {
            return "less than a second";
        }
        if (seconds < 120) {
            return "about " + amount(seconds, "second");
        }
        if (seconds < 7_200) {
            return "about " + amount(Math.round(seconds / 60.0), "minute");
        }
        if (seconds < 172_800) {
            return "about " + amount(Math.round(seconds / 3_600.0), "hour");
        }
        if (seconds < SECONDS_PER_YEAR) {
            return "about " + amount(Math.round(seconds / 86_400.0), "day");
        }
        return "about " + amount(Math.round((double) seconds / SECONDS_PER_YEAR), "year");
    }

    /** Two significant figures from 100 on: "1,300 years" reads better than a false "1,327 years". */
    private static String amount(long value, String unit) {
        long shown = value < 100 ? value
                : new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_UP)).longValue();
        return NumberFormat.getIntegerInstance(Locale.US).format(shown) + " " + unit + (shown == 1 ? "" : "s");
    }
}
