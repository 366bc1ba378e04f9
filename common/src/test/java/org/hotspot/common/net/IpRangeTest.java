package org.hotspot.common.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Trusted-proxy ranges and forwarded addresses, read without DNS. */
class IpRangeTest {

    @Test
    void cidrsOfBothFamiliesContainTheirAddressesOnly() {
        IpRange pods = IpRange.parse("10.244.0.0/16");
        assertThat(pods.contains("10.244.3.7")).isTrue();
        assertThat(pods.contains("10.245.0.1")).isFalse();
        assertThat(pods.contains("::1")).isFalse();
        IpRange v6 = IpRange.parse("fd00::/8");
        assertThat(v6.contains("fd12:3456::1")).isTrue();
        assertThat(v6.contains("fe80::1")).isFalse();
        assertThat(IpRange.parse("192.0.2.7").contains("192.0.2.7")).isTrue();
        assertThat(IpRange.parse("192.0.2.7").contains("192.0.2.8")).isFalse();
    }

    @Test
    void namesAndMalformedEntriesAreSkippedNeverResolved() {
        assertThat(IpRange.parseAll("127.0.0.1/32, ingress.example.com, 10.0.0.0/33, 300.1.1.1/8, ::1/128"))
                .hasSize(2);
        assertThat(IpRange.parseAll("localhost")).hasSize(2);
        assertThat(IpAddress.parse("1:2")).isNull();
        assertThat(IpAddress.parse("example.com")).isNull();
        assertThat(IpAddress.parse("unknown")).isNull();
    }

    @Test
    void addressesAreNormalizedWithPortsAndBracketsDropped() {
        assertThat(IpAddress.normalize("198.51.100.7:51234")).isEqualTo("198.51.100.7");
        assertThat(IpAddress.normalize("[2001:db8::1]:443")).isEqualTo(IpAddress.normalize("2001:0db8:0:0::1"));
        assertThat(IpAddress.normalize(" 203.0.113.9 ")).isEqualTo("203.0.113.9");
        assertThat(IpAddress.normalize("256.1.1.1")).isNull();
    }
}
