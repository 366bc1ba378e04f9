package org.hotspot.events.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The notations routers write a device's MAC in, and what is kept as it came. */
class AccessRequestTest {

    @Test
    void everyRouterNotationBecomesTheSameMac() {
        for (String written : new String[] {"aa:bb:cc:0d:ee:ff", "AA-BB-CC-0D-EE-FF", "aabb.cc0d.eeff", "AABBCC0DEEFF",
                " aa bb cc 0d ee ff "}) {
            assertThat(AccessRequest.normalizeMac(written)).as(written).isEqualTo("AA:BB:CC:0D:EE:FF");
        }
    }

    @Test
    void whatIsNotTwelveHexDigitsIsKeptUpperCasedAsItCame() {
        assertThat(AccessRequest.normalizeMac("aa:bb:cc:dd:ee")).isEqualTo("AA:BB:CC:DD:EE");
        assertThat(AccessRequest.normalizeMac("aa:bb:cc:dd:ee:ff:00")).isEqualTo("AA:BB:CC:DD:EE:FF:00");
        assertThat(AccessRequest.normalizeMac("aa:bb:cc:dd:ee:gg")).isEqualTo("AA:BB:CC:DD:EE:GG");
        assertThat(AccessRequest.normalizeMac("aabbccddeeff/x")).isEqualTo("AABBCCDDEEFF/X");
        // Full-width digits are not hex digits of a MAC.
        assertThat(AccessRequest.normalizeMac("ＡＡbbccddeeff")).isEqualTo("ＡＡBBCCDDEEFF");
        assertThat(AccessRequest.normalizeMac("  ")).isNull();
        assertThat(AccessRequest.normalizeMac(null)).isNull();
    }
}
