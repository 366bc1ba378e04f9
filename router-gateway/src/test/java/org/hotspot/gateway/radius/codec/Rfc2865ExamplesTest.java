package org.hotspot.gateway.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.codec.Octets.utf8;
import static org.hotspot.gateway.radius.codec.Rfc2865Examples.CHAP_ACCESS_REQUEST;
import static org.hotspot.gateway.radius.codec.Rfc2865Examples.PAP_ACCESS_ACCEPT;
import static org.hotspot.gateway.radius.codec.Rfc2865Examples.PAP_ACCESS_REQUEST;
import static org.hotspot.gateway.radius.codec.Rfc2865Examples.SECRET;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.hotspot.gateway.radius.codec.Authenticators.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The worked examples of RFC 2865 §7, octet for octet. */
class Rfc2865ExamplesTest {

    private static final int LOGIN_SERVICE = 15;
    private static final int LOGIN_IP_HOST = 14;
    private static final int FRAMED_PROTOCOL = 7;

    @Test
    void papRequestDecodesToNemoOnPortThree() throws Exception {
        RadiusPacket request = PacketCodec.decode(PAP_ACCESS_REQUEST);

        assertThat(request.code()).isEqualTo(Codes.ACCESS_REQUEST);
        assertThat(request.identifier()).isZero();
        assertThat(request.authenticator()).isEqualTo(Arrays.copyOfRange(PAP_ACCESS_REQUEST, 4, 20));
        assertThat(request.attributes()).extracting(RadiusAttribute::type)
                .containsExactly(Attributes.USER_NAME, Attributes.USER_PASSWORD, Attributes.NAS_IP_ADDRESS,
                        Attributes.NAS_PORT);
        assertThat(request.text(Attributes.USER_NAME)).isEqualTo("nemo");
        assertThat(request.first(Attributes.NAS_IP_ADDRESS).asAddress()).isEqualTo("192.168.1.16");
        assertThat(request.integer(Attributes.NAS_PORT)).isEqualTo(3);
        assertThat(request.raw()).isEqualTo(PAP_ACCESS_REQUEST);
    }

    @Test
    void papPasswordRevealsAsArctangent() throws Exception {
        RadiusPacket request = PacketCodec.decode(PAP_ACCESS_REQUEST);
        byte[] hidden = request.first(Attributes.USER_PASSWORD).value();

        assertThat(UserPassword.reveal(hidden, SECRET, request.authenticator())).asString().isEqualTo("arctangent");
        assertThat(UserPassword.matches(hidden, utf8("arctangent"), SECRET, request.authenticator())).isTrue();
        assertThat(UserPassword.hide(utf8("arctangent"), SECRET, request.authenticator())).isEqualTo(hidden);
    }

    @Test
    void acceptVerifiesAgainstTheRequestAuthenticator() throws Exception {
        RadiusPacket request = PacketCodec.decode(PAP_ACCESS_REQUEST);
        RadiusPacket accept = PacketCodec.decode(PAP_ACCESS_ACCEPT);

        assertThat(Authenticators.checkResponse(accept, request.authenticator(), SECRET)).isEqualTo(Check.VALID);
        assertThat(Authenticators.checkResponse(accept, request.authenticator(), utf8("xyzzy5462")))
                .isEqualTo(Check.BAD_AUTHENTICATOR);
        assertThat(Authenticators.checkResponse(accept, new byte[16], SECRET)).isEqualTo(Check.BAD_AUTHENTICATOR);
    }

    @Test
    void signResponseReproducesTheAccept() throws Exception {
        RadiusPacket request = PacketCodec.decode(PAP_ACCESS_REQUEST);
        List<RadiusAttribute> telnetTo192168013 = List.of(
                RadiusAttribute.integer(Attributes.SERVICE_TYPE, 1),
                RadiusAttribute.integer(LOGIN_SERVICE, 0),
                RadiusAttribute.of(LOGIN_IP_HOST, new byte[] {(byte) 192, (byte) 168, 1, 3}));

        byte[] accept = PacketCodec.encode(Codes.ACCESS_ACCEPT, 0, new byte[16], telnetTo192168013);
        Authenticators.signResponse(accept, request.authenticator(), SECRET);

        assertThat(accept).isEqualTo(PAP_ACCESS_ACCEPT);
    }

    @Test
    void chapRequestIsFlopsysArctangentOverTheRequestAuthenticator() throws Exception {
        RadiusPacket request = PacketCodec.decode(CHAP_ACCESS_REQUEST);

        assertThat(request.identifier()).isEqualTo(1);
        assertThat(request.text(Attributes.USER_NAME)).isEqualTo("flopsy");
        RadiusAttribute chapPassword = request.first(Attributes.CHAP_PASSWORD);
        assertThat(chapPassword.value()).hasSize(17).startsWith(0x16);
        assertThat(request.has(Attributes.CHAP_CHALLENGE)).isFalse();
        assertThat(request.integer(Attributes.NAS_PORT)).isEqualTo(20);
        assertThat(request.integer(Attributes.SERVICE_TYPE)).as("Framed-User").isEqualTo(2);
        assertThat(request.integer(FRAMED_PROTOCOL)).as("PPP").isEqualTo(1);
        assertThat(Chap.matches(request, utf8("arctangent"))).isTrue();
        assertThat(Chap.matches(request, utf8("arctangenT"))).isFalse();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examplesEncodeBackToTheSameOctets(byte[] example) throws Exception {
        RadiusPacket packet = PacketCodec.decode(example);

        assertThat(PacketCodec.encode(packet)).isEqualTo(example);
    }

    static Stream<byte[]> examples() {
        return Stream.of(PAP_ACCESS_REQUEST, PAP_ACCESS_ACCEPT, CHAP_ACCESS_REQUEST);
    }
}
