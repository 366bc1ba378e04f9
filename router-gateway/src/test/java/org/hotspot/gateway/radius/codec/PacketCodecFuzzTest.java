package org.hotspot.gateway.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotspot.gateway.radius.codec.Octets.utf8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * The codec against arbitrary datagrams. In a normal build this replays the corpus in
 * {@code src/test/resources/.../PacketCodecFuzzTestInputs/datagram/} (RFC and radclient packets,
 * malformed ones, past findings); with {@code JAZZER_FUZZ=1} Jazzer mutates them for up to a minute
 * (.ci/run). Tagged "fuzz": surefire runs it in a JVM of its own, so Jazzer's agent stays out of the
 * Quarkus tests' JVM (router-gateway/pom.xml).
 */
@Tag("fuzz")
class PacketCodecFuzzTest {

    private static final byte[] SECRET = utf8("xyzzy5461");
    private static final byte[] PASSWORD = utf8("arctangent");
    private static final byte[] REQUEST_AUTHENTICATOR = new byte[16];

    /**
     * A datagram is either rejected as malformed or decodes to a packet that encodes back to an equal
     * packet; checking and signing a decoded packet never throws anything unexpected.
     */
    @FuzzTest(maxDuration = "60s")
    void datagram(byte[] datagram) {
        RadiusPacket packet;
        try {
            packet = PacketCodec.decode(datagram);
        } catch (MalformedPacketException e) {
            assertThat(e.cause()).isIn("too-short", "bad-length", "bad-code", "bad-attribute");
            return;
        }
        readsEveryAttribute(packet);
        checksWithoutThrowing(packet);
        if (encodedLength(packet) > RadiusPacket.MAX_LENGTH) {
            // Sub-attributes packed into one Vendor-Specific take more room once each has its own.
            assertThatThrownBy(() -> PacketCodec.encode(packet)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        byte[] encoded = PacketCodec.encode(packet);
        assertThat(decode(encoded)).isEqualTo(packet);
        signsToValid(encoded);
    }

    private static void readsEveryAttribute(RadiusPacket packet) {
        for (RadiusAttribute attribute : packet.attributes()) {
            attribute.asText();
            attribute.asInteger();
            attribute.asAddress();
        }
    }

    private static void checksWithoutThrowing(RadiusPacket packet) {
        assertThat(Authenticators.checkRequest(packet, SECRET)).isNotNull();
        assertThat(Authenticators.checkResponse(packet, REQUEST_AUTHENTICATOR, SECRET)).isNotNull();
        RadiusAttribute password = packet.first(Attributes.USER_PASSWORD);
        if (password != null) {
            UserPassword.reveal(password.value(), SECRET, packet.authenticator());
            UserPassword.matches(password.value(), PASSWORD, SECRET, packet.authenticator());
        }
        Chap.matches(packet, PASSWORD);
    }

    /** Signing what was decoded gives a packet that checks as valid, unless its Message-Authenticator is malformed. */
    private static void signsToValid(byte[] encoded) {
        if (Authenticators.messageAuthenticatorOffset(encoded) == -2) {
            assertThatThrownBy(() -> Authenticators.signRequest(encoded.clone(), SECRET))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        byte[] request = encoded.clone();
        Authenticators.signRequest(request, SECRET);
        assertThat(Authenticators.checkRequest(decode(request), SECRET)).isEqualTo(Authenticators.Check.VALID);
        byte[] response = encoded.clone();
        Authenticators.signResponse(response, REQUEST_AUTHENTICATOR, SECRET);
        assertThat(Authenticators.checkResponse(decode(response), REQUEST_AUTHENTICATOR, SECRET))
                .isEqualTo(Authenticators.Check.VALID);
    }

    private static int encodedLength(RadiusPacket packet) {
        int length = RadiusPacket.HEADER;
        for (RadiusAttribute attribute : packet.attributes()) {
            length += attribute.encodedLength();
        }
        return length;
    }

    private static RadiusPacket decode(byte[] encoded) {
        try {
            return PacketCodec.decode(encoded);
        } catch (MalformedPacketException e) {
            throw new AssertionError("the codec's own encoding did not decode: " + e.getMessage(), e);
        }
    }
}
