package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The MikroTik rate-limit form, with the examples from MikroTik's RADIUS documentation. */
class RateLimitTest {

    @ParameterizedTest(name = "''{0}'' reads as ''{1}''")
    @CsvSource(delimiter = '|', value = {
            // MikroTik's own Rate-Limit examples: one value means both directions.
            "128k                                     | 128k/128k",
            "64k/128M                                 | 64k/128M",
            "64k 256k                                 | 64k/64k 256k/256k",
            "64k/64k 256k/256k 128k/128k 10/10        | 64k/64k 256k/256k 128k/128k 10/10",
            // Every part, as a hotspot profile carries it.
            "4M/2M                                    | 4M/2M",
            "4M/2M 8M/4M 3M/1500k 10/10 8 512k/256k   | 4M/2M 8M/4M 3M/1500k 10/10 8 512k/256k",
            "8M/4M 16M/8M 6M/3M 10/10 8               | 8M/4M 16M/8M 6M/3M 10/10 8",
            // Units: upper or lower k, exact multiples written in the largest unit, decimal not binary.
            "1500000/2000K                            | 1500k/2M",
            "512/1000                                 | 512/1k",
            "1024k/1G                                 | 1024k/1G",
            "100G/100000000000                        | 100G/100G",
            // Times with the s RouterOS prints, and the plain seconds it also reads.
            "4M/2M 8M/4M 3M/1500k 10s/20s             | 4M/2M 8M/4M 3M/1500k 10/20",
            "4M/2M 8M 3M 15s                          | 4M/2M 8M/8M 3M/3M 15/15",
            // RouterOS accepts a burst below the base rate (it then never bursts) and zeros.
            "4M/2M 1M/1M                              | 4M/2M 1M/1M",
            "4M/2M 0/0 0/0 0/0 1                      | 4M/2M 0/0 0/0 0/0 1",
            "'  4M/2M    8M/4M  '                     | 4M/2M 8M/4M",
    })
    void readsAndWritesTheCanonicalForm(String text, String canonical) {
        RateLimit limit = RateLimit.parse(text);

        assertThat(limit.toMikrotik()).isEqualTo(canonical);
        assertThat(RateLimit.parse(canonical)).isEqualTo(limit);
    }

    @Test
    void everyPartLandsInItsFieldInBitsPerSecond() {
        RateLimit limit = RateLimit.parse("4M/2M 8M/4M 3M/1500k 10/12s 8 512k/256k");

        assertThat(limit.rx()).isEqualTo(4_000_000L);
        assertThat(limit.tx()).isEqualTo(2_000_000L);
        assertThat(limit.burstRx()).isEqualTo(8_000_000L);
        assertThat(limit.burstTx()).isEqualTo(4_000_000L);
        assertThat(limit.thresholdRx()).isEqualTo(3_000_000L);
        assertThat(limit.thresholdTx()).isEqualTo(1_500_000L);
        assertThat(limit.timeRx()).isEqualTo(Duration.ofSeconds(10));
        assertThat(limit.timeTx()).isEqualTo(Duration.ofSeconds(12));
        assertThat(limit.priority()).isEqualTo(8);
        assertThat(limit.minRx()).isEqualTo(512_000L);
        assertThat(limit.minTx()).isEqualTo(256_000L);
    }

    @Test
    void absentPartsAreNullNotRouterOsDefaults() {
        RateLimit limit = RateLimit.parse("64k 256k");

        assertThat(limit.burstRx()).isEqualTo(256_000L);
        assertThat(limit.thresholdRx()).isNull();
        assertThat(limit.thresholdTx()).isNull();
        assertThat(limit.timeRx()).isNull();
        assertThat(limit.priority()).isNull();
        assertThat(limit.minRx()).isNull();
        assertThat(RateLimit.of(4_000_000, 2_000_000)).isEqualTo(RateLimit.parse("4M/2M"));
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "x5M/2M                                        | rx 'x5M' is not a rate like 512k, 4M or 1G",
            "4M/2M x5M/4M                                  | burst-rx 'x5M' is not a rate like 512k, 4M or 1G",
            "4M/2M 8M/4M 3M/1500k/1M                       | threshold-rx/threshold-tx '3M/1500k/1M' has more than one '/'",
            "4M/x                                          | tx 'x' is not a rate",
            "4Mbps                                         | rx '4Mbps' is not a rate",
            "4m/2M                                         | rx '4m' is not a rate",
            "4.5M/2M                                       | rx '4.5M' is not a rate",
            "-1/2M                                         | rx '-1' is not a rate",
            "0/2M                                          | rx 0 bits/s is not between 1 and 100G",
            "4M/0                                          | tx 0 bits/s",
            "4M/                                           | tx '' is not a rate",
            "/2M                                           | rx '' is not a rate",
            "4M/2M/1M                                      | more than one '/'",
            "4M/2M,                                        | tx '2M,' is not a rate",
            "101G/1G                                       | rx '101G' is above 100G",
            "4M/100000000001                               | tx '100000000001' is above 100G",
            "999999999999999G                              | rx '999999999999999G' is not a rate",
            "4M/2M 8M/4M 3M/1500k ten/10                   | time-rx 'ten' is not a time in seconds",
            "4M/2M 8M/4M 3M/1500k 10/-1                    | time-tx '-1' is not a time",
            "4M/2M 8M/4M 3M/1500k 10m/10                   | time-rx '10m'",
            "4M/2M 8M/4M 3M/1500k 10/10 9                  | priority '9' is not 1 to 8",
            "4M/2M 8M/4M 3M/1500k 10/10 0                  | priority '0' is not 1 to 8",
            "4M/2M 8M/4M 3M/1500k 10/10 8/8                | priority '8/8'",
            "4M/2M 8M/4M 3M/1500k 10/10 8 8M/256k          | min-rx/min-tx cannot exceed rx/tx",
            "4M/2M 8M/4M 3M/1500k 10/10 8 512k/256k 1      | 7 parts, at most 6",
            "4M/2M 8M/4M 3M/1500k 10/10 8 512k/256k junk   | 7 parts",
    })
    void refusesWithAMessageNamingThePart(String text, String message) {
        assertThatThrownBy(() -> RateLimit.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void refusesNothing(String text) {
        assertThatThrownBy(() -> RateLimit.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate limit is empty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limitsRouterOsCouldNotRead")
    void theConstructorRefusesALimitRouterOsCouldNotRead(String what, ThrowingCallable limit, String message) {
        assertThatThrownBy(limit).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    static Stream<Arguments> limitsRouterOsCouldNotRead() {
        Duration tenSeconds = Duration.ofSeconds(10);
        return Stream.of(
                Arguments.of("a threshold without a burst", (ThrowingCallable) () -> new RateLimit(4_000_000, 2_000_000,
                        null, null, 3_000_000L, 1_500_000L, null, null, null, null, null),
                        "threshold needs every part before it"),
                Arguments.of("a minimum without a priority",
                        (ThrowingCallable) () -> new RateLimit(4_000_000, 2_000_000,
                                8_000_000L, 4_000_000L, 3_000_000L, 1_500_000L, tenSeconds, tenSeconds, null, 512_000L,
                                256_000L),
                        "min needs every part before it"),
                Arguments.of("a negative burst", (ThrowingCallable) () -> new RateLimit(4_000_000, 2_000_000,
                        -1L, 4_000_000L, null, null, null, null, null, null, null),
                        "burst-rx -1 bits/s is not between 0 and 100G"),
                Arguments.of("a negative burst time", (ThrowingCallable) () -> new RateLimit(4_000_000, 2_000_000,
                        8_000_000L, 4_000_000L, 3_000_000L, 1_500_000L, tenSeconds, Duration.ofSeconds(-1), null, null,
                        null),
                        "burst time cannot be negative"),
                Arguments.of("a rate past 100G",
                        (ThrowingCallable) () -> RateLimit.of(RateLimit.MAX_RATE + 1, 2_000_000),
                        "rx 100000000001 bits/s is not between 1 and 100G"),
                Arguments.of("a priority of 9", (ThrowingCallable) () -> new RateLimit(4_000_000, 2_000_000,
                        8_000_000L, 4_000_000L, 3_000_000L, 1_500_000L, tenSeconds, tenSeconds, 9, null, null),
                        "priority 9 is not 1 to 8"));
    }

    @Test
    void printsAsTheRouterReadsIt() {
        assertThat(RateLimit.parse("4096k/2048000 8M").toString()).isEqualTo("4096k/2048k 8M/8M");
    }

    @Test
    void theConstructorKeepsThePositionalOrderRouterOsNeeds() {
        // A priority without the burst parts before it cannot be written in the positional form.
        assertThatThrownBy(() -> new RateLimit(4_000_000, 2_000_000, null, null, null, null, null, null, 8, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("priority needs");
        assertThatThrownBy(
                () -> new RateLimit(4_000_000, 2_000_000, 8_000_000L, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("burst-rx and burst-tx come together");
        assertThatThrownBy(() -> new RateLimit(4_000_000, 2_000_000, 8_000_000L, 4_000_000L, null, null,
                Duration.ofSeconds(-1), Duration.ofSeconds(1), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time needs every part before it");
    }
}
