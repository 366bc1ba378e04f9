package org.hotspot.gateway.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotspot.gateway.radius.codec.Octets.hex;
import static org.hotspot.gateway.radius.codec.Octets.utf8;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hotspot.gateway.radius.codec.Authenticators.Check;
import org.junit.jupiter.api.Test;

/**
 * Message-Authenticator: HMAC-MD5 over the whole packet with its own value zeroed (RFC 3579 §3.2);
 * in an answer computed over the request's authenticator, in a Disconnect- or CoA-Request over a zero
 * one (RFC 5176 §3.3, as FreeRADIUS does it).
 */
class MessageAuthenticatorTest {

    private static final byte[] SECRET = utf8("s3cr3t-nas-7");
    private static final byte[] OTHER_SECRET = utf8("s3cr3t-nas-8");
    private static final byte[] REQUEST_AUTHENTICATOR = hex("8f02d473671982c2613b8f430edbec78");
    private static final RadiusAttribute PLACEHOLDER =
            RadiusAttribute.of(Attributes.MESSAGE_AUTHENTICATOR, new byte[16]);

    @Test
    void accessRequestGetsAnHmacAndKeepsItsRandomAuthenticator() throws Exception {
        byte[] packet = PacketCodec.encode(Codes.ACCESS_REQUEST, 3, REQUEST_AUTHENTICATOR, withPlaceholder(
                RadiusAttribute.text(Attributes.USER_NAME, RadclientPackets.USER)));
        byte[] unsigned = packet.clone();

        Authenticators.signRequest(packet, SECRET);

        assertThat(Arrays.copyOfRange(packet, 4, 20)).isEqualTo(REQUEST_AUTHENTICATOR);
        assertThat(valueAt(packet, packet.length - 16)).isEqualTo(hmacMd5(unsigned));
        assertThat(Authenticators.checkRequest(PacketCodec.decode(packet), SECRET)).isEqualTo(Check.VALID);
        assertThat(Authenticators.checkRequest(PacketCodec.decode(packet), OTHER_SECRET))
                .isEqualTo(Check.BAD_MESSAGE_AUTHENTICATOR);
    }

    /** Each thread keeps its HMAC keyed with the last secret: routers taking turns must each get their own. */
    @Test
    void routersTakingTurnsEachGetAnHmacOverTheirOwnSecret() throws Exception {
        byte[] edited = utf8("s3cr3t-nas-9");
        List<byte[]> turns = List.of(SECRET, OTHER_SECRET, OTHER_SECRET, SECRET, edited, SECRET.clone(), edited);
        for (int turn = 0; turn < turns.size(); turn++) {
            if (turn == turns.size() - 1) {
                edited[0] ^= 0x01; // the same array, its secret changed in place
            }
            byte[] secret = turns.get(turn);
            byte[] packet = PacketCodec.encode(Codes.ACCESS_REQUEST, turn, REQUEST_AUTHENTICATOR, withPlaceholder(
                    RadiusAttribute.text(Attributes.USER_NAME, RadclientPackets.USER)));
            byte[] unsigned = packet.clone();

            Authenticators.signRequest(packet, secret);

            assertThat(valueAt(packet, packet.length - 16)).as("turn %d", turn).isEqualTo(hmacMd5(unsigned, secret));
            assertThat(Authenticators.checkRequest(PacketCodec.decode(packet), secret)).as("turn %d", turn)
                    .isEqualTo(Check.VALID);
        }
    }

    @Test
    void changedAttributeFailsTheAccessRequestsHmac() throws Exception {
        byte[] packet = PacketCodec.encode(Codes.ACCESS_REQUEST, 3, REQUEST_AUTHENTICATOR, withPlaceholder(
                RadiusAttribute.text(Attributes.USER_NAME, RadclientPackets.USER)));
        Authenticators.signRequest(packet, SECRET);
        packet[22] ^= 0x20;

        assertThat(Authenticators.checkRequest(PacketCodec.decode(packet), SECRET))
                .isEqualTo(Check.BAD_MESSAGE_AUTHENTICATOR);
    }

    @Test
    void accessRequestWithoutOneHasNothingToCheck() throws Exception {
        RadiusPacket request = PacketCodec.decode(Rfc2865Examples.PAP_ACCESS_REQUEST);

        assertThat(Authenticators.hasMessageAuthenticator(request)).isFalse();
        assertThat(Authenticators.checkRequest(request, OTHER_SECRET)).isEqualTo(Check.VALID);
    }

    @Test
    void radclientsRequestsVerify() throws Exception {
        for (byte[] made : List.of(RadclientPackets.PAP, RadclientPackets.CHAP, RadclientPackets.DISCONNECT,
                RadclientPackets.COA)) {
            RadiusPacket request = PacketCodec.decode(made);
            assertThat(Authenticators.hasMessageAuthenticator(request)).isTrue();
            assertThat(Authenticators.checkRequest(request, RadclientPackets.SECRET)).as("code %d", request.code())
                    .isEqualTo(Check.VALID);
            assertThat(Authenticators.checkRequest(request, OTHER_SECRET)).as("code %d", request.code())
                    .isNotEqualTo(Check.VALID);
        }
    }

    @Test
    void acceptsHmacIsOverTheRequestAuthenticatorAndInsideItsResponseAuthenticator() throws Exception {
        byte[] packet = PacketCodec.encode(Codes.ACCESS_ACCEPT, 3, new byte[16], withPlaceholder(
                RadiusAttribute.integer(Attributes.SESSION_TIMEOUT, 3600)));
        byte[] overRequestAuthenticator = packet.clone();
        System.arraycopy(REQUEST_AUTHENTICATOR, 0, overRequestAuthenticator, 4, 16);

        Authenticators.signResponse(packet, REQUEST_AUTHENTICATOR, SECRET);

        byte[] hmac = hmacMd5(overRequestAuthenticator);
        assertThat(valueAt(packet, packet.length - 16)).isEqualTo(hmac);
        System.arraycopy(hmac, 0, overRequestAuthenticator, overRequestAuthenticator.length - 16, 16);
        assertThat(Arrays.copyOfRange(packet, 4, 20)).isEqualTo(md5(overRequestAuthenticator, SECRET));
        assertThat(Authenticators.checkResponse(PacketCodec.decode(packet), REQUEST_AUTHENTICATOR, SECRET))
                .isEqualTo(Check.VALID);
    }

    @Test
    void answerToAnotherRequestFailsTheResponseAuthenticator() throws Exception {
        byte[] packet = PacketCodec.encode(Codes.ACCESS_ACCEPT, 3, new byte[16], withPlaceholder());
        Authenticators.signResponse(packet, REQUEST_AUTHENTICATOR, SECRET);

        assertThat(Authenticators.checkResponse(PacketCodec.decode(packet), new byte[16], SECRET))
                .isEqualTo(Check.BAD_AUTHENTICATOR);
    }

    @Test
    void answerWithAWrongHmacUnderARightResponseAuthenticatorIsCaught() throws Exception {
        byte[] packet = PacketCodec.encode(Codes.ACCESS_ACCEPT, 3, new byte[16], withPlaceholder());
        Arrays.fill(packet, packet.length - 16, packet.length, (byte) 0x5a);
        System.arraycopy(REQUEST_AUTHENTICATOR, 0, packet, 4, 16);
        System.arraycopy(md5(packet, SECRET), 0, packet, 4, 16);

        assertThat(Authenticators.checkResponse(PacketCodec.decode(packet), REQUEST_AUTHENTICATOR, SECRET))
                .isEqualTo(Check.BAD_MESSAGE_AUTHENTICATOR);
    }

    @Test
    void disconnectRequestsHmacIsOverAZeroAuthenticatorThenSignedByTheRequestAuthenticator() throws Exception {
        byte[] packet = PacketCodec.encode(Codes.DISCONNECT_REQUEST, 42, REQUEST_AUTHENTICATOR, withPlaceholder(
                RadiusAttribute.text(Attributes.USER_NAME, RadclientPackets.USER),
                RadiusAttribute.text(Attributes.ACCT_SESSION_ID, "81a00003")));
        byte[] zeroed = packet.clone();
        Arrays.fill(zeroed, 4, 20, (byte) 0);

        Authenticators.signRequest(packet, SECRET);

        byte[] hmac = hmacMd5(zeroed);
        assertThat(valueAt(packet, packet.length - 16)).isEqualTo(hmac);
        System.arraycopy(hmac, 0, zeroed, zeroed.length - 16, 16);
        assertThat(Arrays.copyOfRange(packet, 4, 20)).isEqualTo(md5(zeroed, SECRET));
        assertThat(Authenticators.checkRequest(PacketCodec.decode(packet), SECRET)).isEqualTo(Check.VALID);
    }

    @Test
    void disconnectRequestWithAWrongHmacUnderARightAuthenticatorIsCaught() throws Exception {
        byte[] packet = PacketCodec.encode(Codes.DISCONNECT_REQUEST, 42, new byte[16], withPlaceholder(
                RadiusAttribute.text(Attributes.USER_NAME, RadclientPackets.USER)));
        Arrays.fill(packet, packet.length - 16, packet.length, (byte) 0x5a);
        System.arraycopy(md5(packet, SECRET), 0, packet, 4, 16);

        assertThat(Authenticators.checkRequest(PacketCodec.decode(packet), SECRET))
                .isEqualTo(Check.BAD_MESSAGE_AUTHENTICATOR);
    }

    @Test
    void twoMessageAuthenticatorsAreRefused() throws Exception {
        List<RadiusAttribute> attributes = withPlaceholder(RadiusAttribute.text(Attributes.USER_NAME, "nemo"));
        attributes.add(PLACEHOLDER);
        byte[] packet = PacketCodec.encode(Codes.ACCESS_REQUEST, 3, REQUEST_AUTHENTICATOR, attributes);

        assertThatThrownBy(() -> Authenticators.signRequest(packet.clone(), SECRET))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] firstSigned = firstOfTwoSigned(packet);
        assertThat(Authenticators.checkRequest(PacketCodec.decode(firstSigned), SECRET))
                .isEqualTo(Check.BAD_MESSAGE_AUTHENTICATOR);
    }

    @Test
    void messageAuthenticatorThatIsNot16OctetsIsRefused() throws Exception {
        byte[] packet = PacketCodec.encode(Codes.ACCESS_REQUEST, 3, REQUEST_AUTHENTICATOR, List.of(
                RadiusAttribute.of(Attributes.MESSAGE_AUTHENTICATOR, new byte[15])));

        assertThat(Authenticators.checkRequest(PacketCodec.decode(packet), SECRET))
                .isEqualTo(Check.BAD_MESSAGE_AUTHENTICATOR);
        assertThatThrownBy(() -> Authenticators.signRequest(packet, SECRET))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Two Message-Authenticators, the first holding the HMAC that a check of the first alone would accept. */
    private static byte[] firstOfTwoSigned(byte[] packet) throws Exception {
        byte[] signed = packet.clone();
        System.arraycopy(hmacMd5(packet), 0, signed, packet.length - 34, 16);
        return signed;
    }

    private static List<RadiusAttribute> withPlaceholder(RadiusAttribute... attributes) {
        List<RadiusAttribute> all = new ArrayList<>(List.of(attributes));
        all.add(PLACEHOLDER);
        return all;
    }

    private static byte[] valueAt(byte[] packet, int at) {
        return Arrays.copyOfRange(packet, at, at + 16);
    }

    private static byte[] hmacMd5(byte[] packet) throws Exception {
        return hmacMd5(packet, SECRET);
    }

    private static byte[] hmacMd5(byte[] packet, byte[] secret) throws Exception {
        Mac mac = Mac.getInstance("HmacMD5");
        mac.init(new SecretKeySpec(secret, "HmacMD5"));
        return mac.doFinal(packet);
    }

    private static byte[] md5(byte[] packet, byte[] secret) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(packet);
        return md5.digest(secret);
    }
}
