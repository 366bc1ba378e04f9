package org.hotspot.gateway.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.codec.Attributes.VENDOR_MIKROTIK;
import static org.hotspot.gateway.radius.codec.Attributes.VENDOR_WISPR;
import static org.hotspot.gateway.radius.codec.Octets.hex;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Vendor-Specific attributes (RFC 2865 §5.26) as MikroTik (14988) and WISPr (14122) use them, and
 * those that do not follow the sub-attribute layout, kept as they came.
 */
class VendorAttributesTest {

    private static final long FIVE_GB = 5_000_000_000L;

    @Test
    void mikrotikRateLimitEncodesAsRadclientDoes() {
        byte[] attribute = attributes(
                RadiusAttribute.vendorText(VENDOR_MIKROTIK, Attributes.MIKROTIK_RATE_LIMIT, "2M/4M"));

        assertThat(Octets.hex(attribute)).isEqualTo("1a0d00003a8c0807324d2f344d");
        assertThat(Octets.hex(RadclientPackets.ACCOUNTING_STOP)).contains("1a0d00003a8c0807324d2f344d");
    }

    @Test
    void mikrotikTotalLimitAboveFourGigabytesTakesGigawordsAsRadclientDoes() {
        byte[] attributes = attributes(
                RadiusAttribute.vendorInteger(VENDOR_MIKROTIK, Attributes.MIKROTIK_TOTAL_LIMIT, FIVE_GB),
                RadiusAttribute.vendorInteger(VENDOR_MIKROTIK, Attributes.MIKROTIK_TOTAL_LIMIT_GIGAWORDS,
                        FIVE_GB >>> 32));

        assertThat(Octets.hex(attributes)).isEqualTo("1a0c00003a8c11062a05f200" + "1a0c00003a8c120600000001");
        assertThat(Octets.hex(RadclientPackets.COA)).contains(Octets.hex(attributes));
    }

    @Test
    void wisprBandwidthEncodesAsRadclientDoes() {
        byte[] attribute = attributes(
                RadiusAttribute.vendorInteger(VENDOR_WISPR, Attributes.WISPR_BANDWIDTH_MAX_DOWN, 4_000_000));

        assertThat(Octets.hex(attribute)).isEqualTo("1a0c0000372a0806003d0900");
        assertThat(Octets.hex(RadclientPackets.ACCOUNTING_STOP)).contains("1a0c0000372a0806003d0900");
    }

    @Test
    void radclientsVendorAttributesDecode() throws Exception {
        RadiusPacket coa = PacketCodec.decode(RadclientPackets.COA);
        RadiusPacket stop = PacketCodec.decode(RadclientPackets.ACCOUNTING_STOP);

        assertThat(coa.first(VENDOR_MIKROTIK, Attributes.MIKROTIK_RATE_LIMIT).asText()).isEqualTo("1M/2M");
        long total = coa.first(VENDOR_MIKROTIK, Attributes.MIKROTIK_TOTAL_LIMIT_GIGAWORDS).asInteger() << 32
                | coa.first(VENDOR_MIKROTIK, Attributes.MIKROTIK_TOTAL_LIMIT).asInteger();
        assertThat(total).isEqualTo(FIVE_GB);
        assertThat(stop.first(VENDOR_WISPR, Attributes.WISPR_BANDWIDTH_MAX_DOWN).asInteger()).isEqualTo(4_000_000);
        assertThat(stop.first(Attributes.VENDOR_SPECIFIC)).as("vendor attributes are not standard ones").isNull();
    }

    @Test
    void severalSubAttributesInOneVendorSpecificDecodeInOrder() throws Exception {
        byte[] packet = packet("1a13" + "00003a8c" + "0807324d2f344d" + "0306676f6c64");

        RadiusPacket decoded = PacketCodec.decode(packet);

        assertThat(decoded.attributes()).containsExactly(
                RadiusAttribute.vendorText(VENDOR_MIKROTIK, Attributes.MIKROTIK_RATE_LIMIT, "2M/4M"),
                RadiusAttribute.vendorText(VENDOR_MIKROTIK, Attributes.MIKROTIK_GROUP, "gold"));
    }

    @Test
    void contentThatIsNotSubAttributesIsKeptWholeAndEncodedBackIdentically() throws Exception {
        // Vendor 9 with a sub-attribute "type" 0, then one whose length runs past the end.
        for (String attribute : List.of("1a0c" + "00000009" + "00ff41424344", "1a0b" + "00000009" + "0109414243")) {
            byte[] packet = packet(attribute);

            RadiusPacket decoded = PacketCodec.decode(packet);

            RadiusAttribute whole = decoded.attributes().get(0);
            assertThat(whole.vendorId()).isEqualTo(9);
            assertThat(whole.vendorType()).isEqualTo(-1);
            assertThat(Octets.hex(whole.value())).isEqualTo(attribute.substring(12));
            assertThat(PacketCodec.encode(decoded)).isEqualTo(packet);
        }
    }

    @Test
    void vendorZeroAndVendorIdsWithTheHighOctetSetAreKeptWhole() throws Exception {
        for (String attribute : List.of("1a0b" + "00000000" + "0107414243", "1a0b" + "9473978c" + "0805414243")) {
            byte[] packet = packet(attribute);

            RadiusPacket decoded = PacketCodec.decode(packet);

            assertThat(decoded.attributes()).hasSize(1);
            assertThat(PacketCodec.encode(decoded)).isEqualTo(packet);
        }
    }

    private static byte[] attributes(RadiusAttribute... attributes) {
        byte[] packet = PacketCodec.encode(Codes.ACCESS_ACCEPT, 0, new byte[16], List.of(attributes));
        return Arrays.copyOfRange(packet, RadiusPacket.HEADER, packet.length);
    }

    private static byte[] packet(String attributesHex) {
        byte[] attributes = hex(attributesHex);
        byte[] packet = new byte[RadiusPacket.HEADER + attributes.length];
        packet[0] = Codes.ACCESS_ACCEPT;
        packet[3] = (byte) packet.length;
        System.arraycopy(attributes, 0, packet, RadiusPacket.HEADER, attributes.length);
        return packet;
    }
}
