package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values worked by hand with (31^length + 1) / (live + 1) / rate. */
class GuessEstimateTest {

    @ParameterizedTest(name = "{0} live codes of {1} at {2}/s: {3} s, weak {4}")
    @CsvSource(delimiter = '|', value = {
            // 31^6 = 887,503,681; 887,503,682 / 1,000 = 887,503.682 guesses; / 40,000 = 22.188 s.
            "999     | 6  | 40000 | 22         | true  | about 22 seconds at 40,000 guesses/s for 999 live vouchers",
            // 31^10 = 819,628,286,980,801; / 12,001 / 40,000 = 1,707,416.6 s = 19.8 days: the default
            // length is weak at this many live vouchers, which is why the warning exists.
            "12000   | 10 | 40000 | 1707416    | true  | about 20 days at 40,000 guesses/s for 12,000 live vouchers",
            // 31^12 = 787,662,783,788,549,761; / 12,001 / 40,000 = 1,640,827,397.3 s = 52.0 years.
            "12000   | 12 | 40000 | 1640827397 | false | about 52 years at 40,000 guesses/s for 12,000 live vouchers",
            // 31^8 = 852,891,037,441; / 2 / 40,000 = 10,661,137.97 s = 123.4 days.
            "1       | 8  | 40000 | 10661137   | false | about 120 days at 40,000 guesses/s for 1 live voucher",
            // 31^10 / 100,001 / 40,000 = 204,905.0 s = 56.9 hours.
            "100000  | 10 | 40000 | 204905     | true  | about 2 days at 40,000 guesses/s for 100,000 live vouchers",
            // 31^6 / 1,001 / 0.5 = 1,773,234.2 s: a throttled portal makes short codes last.
            "1000    | 6  | 0.5   | 1773234    | true  | about 21 days at 0.5 guesses/s for 1,000 live vouchers",
            // The default guessing budget, 600 unknown codes per 10 minutes: 31^10 / 12,001 / 1 = 68,296,665,859.8 s,
            // 2,164 years shown to two figures; the default length is safe at the rate enforced.
            "12000   | 10 | 1     | 68296665859 | false | about 2,200 years at 1 guess/s for 12,000 live vouchers",
            // 31^6 / 1,001 / 1 = 886,617.1 s = 10.3 days: short codes stay weak even so.
            "1000    | 6  | 1     | 886617     | true  | about 10 days at 1 guess/s for 1,000 live vouchers",
    })
    void matchesTheHandWorkedFigures(long live, int length, double rate, long seconds, boolean weak, String text) {
        GuessEstimate estimate = GuessEstimate.of(live, length, 31, rate);

        assertThat(estimate.expected().getSeconds()).isEqualTo(seconds);
        assertThat(estimate.weak()).isEqualTo(weak);
        assertThat(estimate.describe()).isEqualTo(text);
    }

    /** One live code of {@code alphabet} one-symbol codes takes (alphabet + 1) / 2 guesses. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // 2 guesses at 10/s: 0.2 s.
            "3          | 10 | less than a second at 10 guesses/s for 1 live voucher",
            "3          | 2  | about 1 second at 2 guesses/s for 1 live voucher",
            "117        | 1  | about 59 seconds at 1 guess/s for 1 live voucher",
            // 119 s: from 100 on, two significant figures.
            "237        | 1  | about 120 seconds at 1 guess/s for 1 live voucher",
            "239        | 1  | about 2 minutes at 1 guess/s for 1 live voucher",
            // 7,199 s: 119.98 minutes.
            "14397      | 1  | about 120 minutes at 1 guess/s for 1 live voucher",
            "14399      | 1  | about 2 hours at 1 guess/s for 1 live voucher",
            // 172,799 s: 47.99 hours.
            "345597     | 1  | about 48 hours at 1 guess/s for 1 live voucher",
            "345599     | 1  | about 2 days at 1 guess/s for 1 live voucher",
            "34559999   | 1  | about 200 days at 1 guess/s for 1 live voucher",
            // 31,557,600 s: a year of 365.25 days.
            "63115199   | 1  | about 1 year at 1 guess/s for 1 live voucher",
            // 1,000,000,000 s: 31.7 years.
            "1999999999 | 1  | about 32 years at 1 guess/s for 1 live voucher",
    })
    void saysTheTimeInTheLargestUnitThatReadsWell(int alphabet, double rate, String text) {
        assertThat(GuessEstimate.of(1, 1, alphabet, rate).describe()).isEqualTo(text);
    }

    @Test
    void keepsTheFractionOfASecond() {
        assertThat(GuessEstimate.of(999, 6, 31, 40_000).expected()).isEqualTo(Duration.ofSeconds(22, 187_592_050));
        // 2^1 = 2 codes, 2 live: (2 + 1) / (2 + 1) = exactly one guess.
        assertThat(GuessEstimate.of(2, 1, 2, 1).expected()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void hugeSpacesAreCappedNotOverflowed() {
        // 31^20 is about 6.7e29, past long; / 1,001 / 40,000 is still about 1.7e22 s.
        GuessEstimate estimate = GuessEstimate.of(1_000, 20, 31, 40_000);

        assertThat(estimate.expected()).isEqualTo(GuessEstimate.MAX)
                .isEqualTo(Duration.ofSeconds(1_000_000_000_000_000L));
        assertThat(estimate.weak()).isFalse();
        assertThat(estimate.describe())
                .isEqualTo("more than 31 million years at 40,000 guesses/s for 1,000 live vouchers");
    }

    @Test
    void noLiveVoucherCannotBeHit() {
        GuessEstimate estimate = GuessEstimate.of(0, 6, 31, 40_000);

        assertThat(estimate.expected()).isEqualTo(GuessEstimate.MAX);
        assertThat(estimate.weak()).isFalse();
    }

    @Test
    void theDefaultAlphabetIsTheVouchersOne() {
        assertThat(GuessEstimate.WEAK_BELOW).isEqualTo(Duration.ofDays(30));
        assertThat(GuessEstimate.of(12_000, 10, 0.5)).isEqualTo(GuessEstimate.of(12_000, 10, 31, 0.5));
    }

    @Test
    void moreLiveVouchersAreEasierToHit() {
        Duration few = GuessEstimate.of(1_000, 10, 1).expected();
        Duration many = GuessEstimate.of(100_000, 10, 1).expected();

        // (space + 1) / (live + 1): a hundred times the vouchers, about a hundredth of the time.
        assertThat((double) few.getSeconds() / many.getSeconds()).isBetween(99.9, 100.0);
    }

    @ParameterizedTest(name = "live {0}, length {1}, alphabet {2}, rate {3} is refused")
    @CsvSource({"-1,10,31,40000", "10,0,31,40000", "10,10,1,40000", "10,10,31,0", "10,10,31,-5", "10,10,31,NaN",
            "10,10,31,Infinity"})
    void refusesNonsense(long live, int length, int alphabet, double rate) {
        assertThatThrownBy(() -> GuessEstimate.of(live, length, alphabet, rate))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
