package org.hotspot.gateway.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.codec.Octets.utf8;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.hotspot.gateway.radius.codec.Authenticators.Check;
import org.junit.jupiter.api.Test;

/**
 * The Accounting-Request's Request Authenticator, MD5 over the packet with a zero authenticator and
 * the secret (RFC 2866 §3), and the counters of RFC 2866 and 2869 that go with it.
 */
class AccountingRequestTest {

    private static final byte[] SECRET = utf8("s3cr3t-nas-7");
    private static final long FIVE_GB = 5_000_000_000L;

    @Test
    void signedRequestCarriesMd5OverAZeroAuthenticatorAndTheSecret() throws Exception {
        byte[] packet = interimUpdate();
        byte[] unsigned = packet.clone();

        Authenticators.signRequest(packet, SECRET);

        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(unsigned);
        assertThat(Arrays.copyOfRange(packet, 4, 20)).isEqualTo(md5.digest(SECRET));
        assertThat(Arrays.copyOfRange(packet, 20, packet.length))
                .isEqualTo(Arrays.copyOfRange(unsigned, 20, unsigned.length));
        assertThat(Authenticators.checkRequest(PacketCodec.decode(packet), SECRET)).isEqualTo(Check.VALID);
    }

    @Test
    void anyChangedOctetFailsTheCheck() throws Exception {
        byte[] packet = interimUpdate();
        Authenticators.signRequest(packet, SECRET);

        for (int at : new int[] {1, 5, 19, 20, packet.length - 1}) {
            byte[] changed = packet.clone();
            changed[at] ^= 0x01;
            assertThat(Authenticators.checkRequest(PacketCodec.decode(changed), SECRET)).as("octet %d", at)
                    .isEqualTo(Check.BAD_AUTHENTICATOR);
        }
    }

    @Test
    void anotherSecretFailsTheCheck() throws Exception {
        byte[] packet = interimUpdate();
        Authenticators.signRequest(packet, SECRET);

        assertThat(Authenticators.checkRequest(PacketCodec.decode(packet), utf8("s3cr3t-nas-8")))
                .isEqualTo(Check.BAD_AUTHENTICATOR);
    }

    @Test
    void radclientsAccountingStopVerifies() throws Exception {
        RadiusPacket stop = PacketCodec.decode(RadclientPackets.ACCOUNTING_STOP);

        assertThat(Authenticators.checkRequest(stop, RadclientPackets.SECRET)).isEqualTo(Check.VALID);
        assertThat(Authenticators.checkRequest(stop, utf8("s3cr3t-nas-8"))).isEqualTo(Check.BAD_AUTHENTICATOR);
    }

    @Test
    void octetCountersAreUnsignedAndGigawordsCountTheirWraps() throws Exception {
        RadiusPacket stop = PacketCodec.decode(RadclientPackets.ACCOUNTING_STOP);

        assertThat(stop.integer(Attributes.ACCT_STATUS_TYPE)).as("Stop").isEqualTo(2);
        assertThat(stop.text(Attributes.ACCT_SESSION_ID)).isEqualTo("81a00003");
        assertThat(stop.integer(Attributes.ACCT_SESSION_TIME)).isEqualTo(3600);
        assertThat(stop.integer(Attributes.ACCT_OUTPUT_OCTETS)).isEqualTo(4_294_967_295L);
        assertThat(octets(stop, Attributes.ACCT_INPUT_OCTETS, Attributes.ACCT_INPUT_GIGAWORDS)).isEqualTo(FIVE_GB);
        assertThat(octets(stop, Attributes.ACCT_OUTPUT_OCTETS, Attributes.ACCT_OUTPUT_GIGAWORDS))
                .isEqualTo(3L * (1L << 32) - 1);
    }

    @Test
    void countersAboveFourGigabytesEncodeAsOctetsAndGigawords() throws Exception {
        RadiusPacket request = new RadiusPacket(Codes.ACCOUNTING_REQUEST, 9, new byte[16], List.of(
                RadiusAttribute.integer(Attributes.ACCT_INPUT_OCTETS, FIVE_GB),
                RadiusAttribute.integer(Attributes.ACCT_INPUT_GIGAWORDS, FIVE_GB >>> 32)));

        byte[] encoded = PacketCodec.encode(request);

        assertThat(Octets.hex(Arrays.copyOfRange(encoded, 20, encoded.length)))
                .isEqualTo("2a062a05f200" + "340600000001");
        RadiusPacket decoded = PacketCodec.decode(encoded);
        assertThat(octets(decoded, Attributes.ACCT_INPUT_OCTETS, Attributes.ACCT_INPUT_GIGAWORDS)).isEqualTo(FIVE_GB);
    }

    /** RFC 2869 §5.1: Gigawords is how often the 32-bit octet counter wrapped. */
    private static long octets(RadiusPacket packet, int octets, int gigawords) {
        return packet.integer(gigawords) << 32 | packet.integer(octets);
    }

    private static byte[] interimUpdate() {
        return PacketCodec.encode(Codes.ACCOUNTING_REQUEST, 77, new byte[16], List.of(
                RadiusAttribute.integer(Attributes.ACCT_STATUS_TYPE, 3),
                RadiusAttribute.text(Attributes.USER_NAME, RadclientPackets.USER),
                RadiusAttribute.text(Attributes.ACCT_SESSION_ID, "81a00003"),
                RadiusAttribute.integer(Attributes.ACCT_INPUT_OCTETS, 123_456),
                RadiusAttribute.integer(Attributes.ACCT_OUTPUT_OCTETS, 7_654_321)));
    }
}
