package org.hotspot.gateway.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hotspot.gateway.radius.codec.Octets.hex;
import static org.hotspot.gateway.radius.codec.Rfc2865Examples.PAP_ACCESS_REQUEST;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Datagrams that are not RADIUS packets are refused with the cause the drop counter shows; what
 * RFC 2865 §3 lets pass (padding after the Length) passes.
 */
class MalformedPacketTest {

    private static final String AUTHENTICATOR = "0f403f9473978057bd83d5cb98f4227a";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "no octets,                           '',                                too-short",
            "19 octets,                           01000013" + "0f403f9473978057bd83d5cb98f422, too-short",
            "Length below 20,                     01000013" + AUTHENTICATOR + ",     bad-length",
            "Length above 4096,                   01001001" + AUTHENTICATOR + ",     bad-length",
            "Length beyond the datagram,          01000019" + AUTHENTICATOR + "0106, bad-length",
            "code 0,                              00000014" + AUTHENTICATOR + ",     bad-code",
            "attribute of length 0,               01000018" + AUTHENTICATOR + "01006e65, bad-attribute",
            "attribute of length 1,               01000018" + AUTHENTICATOR + "01016e65, bad-attribute",
            "attribute running past the Length,   01000018" + AUTHENTICATOR + "01076e65, bad-attribute",
            "a lone octet after the attributes,   01000017" + AUTHENTICATOR + "010201, bad-attribute",
            "attribute type 0,                    01000017" + AUTHENTICATOR + "000341, bad-attribute",
            "Vendor-Specific of only a vendor id, 0100001a" + AUTHENTICATOR + "1a0600003a8c, bad-attribute",
    })
    void isRefusedAs(String what, String datagram, String cause) {
        MalformedPacketException refused = catchThrowableOfType(MalformedPacketException.class,
                () -> PacketCodec.decode(hex(datagram)));

        assertThat(refused).as(what).isNotNull();
        assertThat(refused.cause()).isEqualTo(cause);
    }

    @Test
    void octetsAfterTheLengthArePaddingAndIgnored() throws Exception {
        byte[] padded = Arrays.copyOf(PAP_ACCESS_REQUEST, PAP_ACCESS_REQUEST.length + 7);
        padded[PAP_ACCESS_REQUEST.length] = 0x01;

        RadiusPacket packet = PacketCodec.decode(padded);

        assertThat(packet).isEqualTo(PacketCodec.decode(PAP_ACCESS_REQUEST));
        assertThat(packet.raw()).isEqualTo(PAP_ACCESS_REQUEST);
        assertThat(Authenticators.checkRequest(packet, Rfc2865Examples.SECRET)).isEqualTo(Authenticators.Check.VALID);
    }

    @Test
    void packetIsDecodedFromWithinALargerBuffer() throws Exception {
        byte[] buffer = new byte[PAP_ACCESS_REQUEST.length + 100];
        Arrays.fill(buffer, (byte) 0xee);
        System.arraycopy(PAP_ACCESS_REQUEST, 0, buffer, 40, PAP_ACCESS_REQUEST.length);

        RadiusPacket packet = PacketCodec.decode(buffer, 40, PAP_ACCESS_REQUEST.length);

        assertThat(packet.raw()).isEqualTo(PAP_ACCESS_REQUEST);
    }

    @Test
    void packetOfExactly4096OctetsDecodes() throws Exception {
        byte[] packet = new byte[RadiusPacket.MAX_LENGTH];
        packet[0] = Codes.ACCESS_REQUEST;
        packet[2] = 0x10;
        for (int at = RadiusPacket.HEADER; at < packet.length; at += 2) {
            packet[at] = (byte) Attributes.CLASS;
            packet[at + 1] = 2;
        }

        assertThat(PacketCodec.decode(packet).all(Attributes.CLASS)).hasSize(2038);
    }
}
