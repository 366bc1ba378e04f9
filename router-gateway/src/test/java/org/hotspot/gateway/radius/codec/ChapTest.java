package org.hotspot.gateway.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.codec.Octets.hex;
import static org.hotspot.gateway.radius.codec.Octets.utf8;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CHAP-Password checked against a password (RFC 2865 §5.3), over CHAP-Challenge or the Request Authenticator. */
class ChapTest {

    private static final byte[] PASSWORD = utf8(RadclientPackets.PASSWORD);
    private static final byte[] AUTHENTICATOR = hex("0392e9cb9ed4277dcf5c713aa47eccc6");
    private static final byte[] CHALLENGE = hex("6d2f7c1e9a4b3c5d00112233445566778899");

    @Test
    void radclientsChapOverTheRequestAuthenticatorMatches() throws Exception {
        RadiusPacket request = PacketCodec.decode(RadclientPackets.CHAP);

        assertThat(request.has(Attributes.CHAP_CHALLENGE)).isFalse();
        assertThat(Chap.matches(request, PASSWORD)).isTrue();
        assertThat(Chap.matches(request, utf8("h4ppy-hours"))).isFalse();
    }

    @Test
    void radclientsChapOverChapChallengeMatches() throws Exception {
        RadiusPacket request = PacketCodec.decode(RadclientPackets.CHAP_WITH_CHALLENGE);

        assertThat(request.first(Attributes.CHAP_CHALLENGE).value()).isEqualTo(CHALLENGE);
        assertThat(Chap.matches(request, PASSWORD)).isTrue();
        assertThat(Chap.matches(request, utf8("h4ppy-hours"))).isFalse();
    }

    @Test
    void responseIsMd5OfIdentifierPasswordAndChallenge() throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update((byte) 0x2a);
        md5.update(PASSWORD);

        assertThat(Chap.response((byte) 0x2a, PASSWORD, CHALLENGE)).isEqualTo(md5.digest(CHALLENGE));
    }

    @Test
    void chapChallengeWinsOverTheRequestAuthenticator() {
        byte[] overAuthenticator = chapPassword((byte) 7, AUTHENTICATOR);
        byte[] overChallenge = chapPassword((byte) 7, CHALLENGE);

        assertThat(Chap.matches(request(overChallenge, CHALLENGE), PASSWORD)).isTrue();
        assertThat(Chap.matches(request(overAuthenticator, CHALLENGE), PASSWORD)).isFalse();
        assertThat(Chap.matches(request(overAuthenticator, null), PASSWORD)).isTrue();
    }

    @Test
    void theChapIdentifierIsPartOfTheResponse() {
        byte[] value = chapPassword((byte) 7, AUTHENTICATOR);
        value[0] = 8;

        assertThat(Chap.matches(request(value, null), PASSWORD)).isFalse();
    }

    @Test
    void requestWithoutAWellFormedChapPasswordDoesNotMatch() {
        byte[] sixteenOctets = new byte[16];

        assertThat(Chap.matches(request(null, null), PASSWORD)).isFalse();
        assertThat(Chap.matches(request(sixteenOctets, null), PASSWORD)).isFalse();
    }

    private static byte[] chapPassword(byte identifier, byte[] challenge) {
        byte[] value = new byte[17];
        value[0] = identifier;
        System.arraycopy(Chap.response(identifier, PASSWORD, challenge), 0, value, 1, 16);
        return value;
    }

    private static RadiusPacket request(byte[] chapPassword, byte[] challenge) {
        List<RadiusAttribute> attributes = new ArrayList<>();
        attributes.add(RadiusAttribute.text(Attributes.USER_NAME, RadclientPackets.USER));
        if (chapPassword != null) {
            attributes.add(RadiusAttribute.of(Attributes.CHAP_PASSWORD, chapPassword));
        }
        if (challenge != null) {
            attributes.add(RadiusAttribute.of(Attributes.CHAP_CHALLENGE, challenge));
        }
        return new RadiusPacket(Codes.ACCESS_REQUEST, 1, AUTHENTICATOR, attributes);
    }
}
