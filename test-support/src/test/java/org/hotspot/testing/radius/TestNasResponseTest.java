package org.hotspot.testing.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aaa4j.radius.core.attribute.attributes.ErrorCause;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.PacketCodec;
import org.aaa4j.radius.core.packet.PacketCodecException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * TestNas's answers checked by aaa4j, which verifies a response's authenticator and
 * Message-Authenticator for any code; and requests built octet by octet, to reach cases radclient
 * will not produce (a forged Message-Authenticator beside a right authenticator).
 */
class TestNasResponseTest {

    private static final String SECRET = "nas-secret";
    private static final byte[] KEY = SECRET.getBytes(StandardCharsets.UTF_8);

    private final TestNas nas = TestNas.start(SECRET);
    private final PacketCodec aaa4j = new PacketCodec(new StandardDictionary());

    @AfterEach
    void stop() {
        nas.close();
    }

    @Test
    void ackIsSignedForTheRequest() throws Exception {
        byte[] request = disconnectRequest(7, false);

        Packet ack = aaa4j.decodeResponse(exchange(request), KEY, Arrays.copyOfRange(request, 4, 20));

        assertThat(ack.getCode()).isEqualTo(NasRequest.DISCONNECT_ACK);
        assertThat(ack.getReceivedFields().getIdentifier()).isEqualTo(7);
        assertThat(ack.getAttribute(MessageAuthenticator.class)).isPresent();
    }

    @Test
    void nakIsSignedAndSaysWhy() throws Exception {
        nas.nak(TestNas.SESSION_CONTEXT_NOT_FOUND);
        byte[] request = disconnectRequest(9, false);

        Packet nak = aaa4j.decodeResponse(exchange(request), KEY, Arrays.copyOfRange(request, 4, 20));

        assertThat(nak.getCode()).isEqualTo(NasRequest.DISCONNECT_NAK);
        assertThat(nak.getAttribute(ErrorCause.class).orElseThrow().getData().getValue()).isEqualTo(503);
    }

    @Test
    void answerDoesNotVerifyAgainstAnotherRequestsAuthenticator() throws Exception {
        byte[] request = disconnectRequest(7, false);
        byte[] answer = exchange(request);

        assertThatThrownBy(() -> aaa4j.decodeResponse(answer, KEY, new byte[16]))
                .isInstanceOf(PacketCodecException.class);
    }

    @Test
    void forgedMessageAuthenticatorIsRecordedAndNotAnswered() throws Exception {
        byte[] request = disconnectRequest(11, true);

        assertThatThrownBy(() -> exchange(request)).isInstanceOf(SocketTimeoutException.class);
        NasRequest recorded = nas.awaitRequests(1, Duration.ofSeconds(2)).get(0);
        assertThat(recorded.authenticatorValid()).isTrue();
        assertThat(recorded.hasMessageAuthenticator()).isTrue();
        assertThat(recorded.messageAuthenticatorValid()).isFalse();
        assertThat(recorded.answered()).isFalse();
    }

    private byte[] exchange(byte[] request) throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(500);
            socket.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), nas.port()));
            DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
            socket.receive(answer);
            return Arrays.copyOf(answer.getData(), answer.getLength());
        }
    }

    /**
     * A Disconnect-Request for User-Name "ABC" with a Message-Authenticator, signed as RFC 5176
     * says; with {@code forgeMessageAuthenticator} its Message-Authenticator is garbage but the
     * Request Authenticator still covers it correctly.
     */
    private static byte[] disconnectRequest(int identifier, boolean forgeMessageAuthenticator) throws Exception {
        ByteArrayOutputStream attributes = new ByteArrayOutputStream();
        attributes.write(new byte[] {1, 5, 'A', 'B', 'C'});
        attributes.write(new byte[] {80, 18});
        attributes.write(new byte[16]);
        byte[] packet = new byte[20 + attributes.size()];
        packet[0] = NasRequest.DISCONNECT_REQUEST;
        packet[1] = (byte) identifier;
        packet[3] = (byte) packet.length;
        System.arraycopy(attributes.toByteArray(), 0, packet, 20, attributes.size());
        int messageAuthenticator = packet.length - 16;
        Mac hmac = Mac.getInstance("HmacMD5");
        hmac.init(new SecretKeySpec(KEY, "HmacMD5"));
        byte[] signature =
                forgeMessageAuthenticator ? new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
                        : hmac.doFinal(packet);
        System.arraycopy(signature, 0, packet, messageAuthenticator, 16);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(packet);
        md5.update(KEY);
        System.arraycopy(md5.digest(), 0, packet, 4, 16);
        return packet;
    }
}
