package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VoucherCodesTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theAlphabetHasNoLookAlikes() {
        assertThat(VoucherCodes.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
        assertThat(VoucherCodes.ALPHABET.chars().distinct().count()).isEqualTo(31);
        assertThat(VoucherCodes.ALPHABET).matches("[A-Z2-9]+");
    }

    @Test
    void tenThousandCodesAreDistinctFromTheAlphabetAndUniform() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        int[] counts = new int[128];
        for (int i = 0; i < 10_000; i++) {
            String code = VoucherCodes.generate(random, 10, null);
            assertThat(code).hasSize(10);
            code.chars().forEach(c -> counts[c]++);
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);

        // 100,000 symbols over 31: about 3,226 each. Chi-square with 30 degrees of freedom averages
        // 30; 100 is beyond any fair run (p < 1e-8) yet far below what a modulo bias or a dropped
        // symbol gives.
        double expected = 100_000.0 / 31;
        double chiSquare = 0;
        int inAlphabet = 0;
        for (char symbol : VoucherCodes.ALPHABET.toCharArray()) {
            assertThat(counts[symbol]).as("count of %s", symbol).isBetween(2_800, 3_650);
            chiSquare += Math.pow(counts[symbol] - expected, 2) / expected;
            inAlphabet += counts[symbol];
        }
        assertThat(inAlphabet).as("symbols outside the alphabet").isEqualTo(100_000);
        assertThat(chiSquare).isLessThan(100);
    }

    @Test
    void eachSymbolIsOneUnbiasedDrawOfThirtyOne() {
        List<Integer> bounds = new ArrayList<>();
        SecureRandom counting = new SecureRandom() {
            private int next;

            @Override
            public int nextInt(int bound) {
                bounds.add(bound);
                return next++ % bound;
            }
        };

        assertThat(VoucherCodes.generate(counting, 8, "wifi")).isEqualTo("WIFI23456789");
        assertThat(VoucherCodes.generate(counting, 6, "")).isEqualTo("ABCDEF");
        assertThat(bounds).hasSize(14).containsOnly(31);
    }

    @ParameterizedTest(name = "length {0} with prefix {1} makes {2} characters")
    @CsvSource({"6,,6", "20,,20", "10,WIFI,14", "10,h0tel8,16", "20,ABCDEFGH,28"})
    void lengthCountsOnlyTheRandomPart(int length, String prefix, int total) {
        String code = VoucherCodes.generate(new SecureRandom(), length, prefix);

        assertThat(code).hasSize(total);
        assertThat(code).startsWith(prefix == null ? "" : prefix.toUpperCase(Locale.ROOT));
        assertThat(code.substring(total - length).chars()).allMatch(c -> VoucherCodes.ALPHABET.indexOf(c) >= 0);
    }

    @ParameterizedTest(name = "length {0} with prefix ''{1}'' is refused")
    @CsvSource({"5,", "21,", "0,", "-1,", "10,ABCDEFGHJ", "10,WI-FI", "10,ÄB", "10,' '"})
    void refusesBadLengthsAndPrefixes(int length, String prefix) {
        assertThatThrownBy(() -> VoucherCodes.generate(new SecureRandom(), length, prefix))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "''{0}'' is entered as {1}")
    @CsvSource(delimiter = '|', value = {
            "abcd-efgh jk           | ABCDEFGHJK",
            "' ABCD_EFGH.JK '       | ABCDEFGHJK",
            "abcd\u2013efgh\u2014jk | ABCDEFGHJK",
            "abcd\u00A0efgh\tjk     | ABCDEFGHJK",
            "wifi-7x9k-m2p          | WIFI7X9KM2P",
            // Look-alikes are not mapped: O and 0 are in no code, so they simply match nothing.
            "o0il1                  | O0IL1",
            // Characters outside the basic plane pass whole (both halves of the pair), and match nothing.
            "ab\uD83D\uDE00-cd       | AB\uD83D\uDE00CD",
            "ab\uD801\uDC28cd        | AB\uD801\uDC00CD",
    })
    void normalizesWhatACustomerTypes(String entered, String code) {
        assertThat(VoucherCodes.normalize(entered)).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", " - _ . "})
    void nothingButSeparatorsIsNoCode(String entered) {
        assertThat(VoucherCodes.normalize(entered)).isNull();
    }

    @Test
    void normalizingDoesNotDependOnTheServerLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(VoucherCodes.normalize("wifi-xyz")).isEqualTo("WIFIXYZ");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theLookupKeyIsAnHmacPerOrganization() {
        String key = VoucherCodes.lookupKey(KEY, "org-1", "ABCDEFGHJK");

        // Computed independently: printf 'org-1:ABCDEFGHJK' | openssl dgst -sha256 -hmac <KEY>
        assertThat(key).isEqualTo("d31ff6f8d39c4941fba06d28bfe685a9a61083c851dcc2b871334ab659119e32");
        assertThat(VoucherCodes.lookupKey(KEY, "org-1", "ABCDEFGHJK")).isEqualTo(key);
        assertThat(VoucherCodes.lookupKey(KEY, "org-2", "ABCDEFGHJK")).isNotEqualTo(key);
        assertThat(VoucherCodes.lookupKey(KEY, "org-1", "ABCDEFGHJM")).isNotEqualTo(key);
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;
        assertThat(VoucherCodes.lookupKey(otherKey, "org-1", "ABCDEFGHJK")).isNotEqualTo(key);
        assertThat(key).doesNotContain("ABCDEFGHJK");
    }

    @Test
    void aCodeAsTypedFindsTheSameKeyAsTheCodeGenerated() {
        String code = VoucherCodes.generate(new SecureRandom(), 10, "HOT");

        assertThat(VoucherCodes.lookupKey(KEY, "org-1",
                VoucherCodes.normalize(VoucherCodes.display(code, 4).toLowerCase(Locale.ROOT))))
                .isEqualTo(VoucherCodes.lookupKey(KEY, "org-1", code));
    }

    @Test
    void theLookupKeyRefusesAmbiguousOrMissingInput() {
        assertThatThrownBy(() -> VoucherCodes.lookupKey(KEY, "a:b", "C")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VoucherCodes.lookupKey(new byte[0], "org-1", "C"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VoucherCodes.lookupKey(KEY, "org-1", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VoucherCodes.lookupKey(KEY, null, "C")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} in groups of {1} prints as {2}")
    @CsvSource({
            "ABCDEFGHJK,4,ABCD-EFGH-JK",
            "ABCDEFGH,4,ABCD-EFGH",
            "ABCDEFGHJK,5,ABCDE-FGHJK",
            "ABCDEFGHJK,3,ABC-DEF-GHJ-K",
            "ABCD,4,ABCD",
            "ABC,4,ABC",
            "ABCDEFGHJK,0,ABCDEFGHJK",
    })
    void displaysInGroups(String code, int group, String printed) {
        assertThat(VoucherCodes.display(code, group)).isEqualTo(printed);
        assertThat(VoucherCodes.normalize(printed)).isEqualTo(code);
    }

    @Test
    void aNegativeGroupIsRefused() {
        assertThatThrownBy(() -> VoucherCodes.display("ABCD", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
