package org.hotspot.gateway.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.RadiusFixture.counter;
import static org.hotspot.gateway.radius.RadiusFixture.mac;
import static org.hotspot.gateway.radius.RadiusFixture.nasIdentifier;
import static org.hotspot.gateway.radius.RadiusFixture.pap;
import static org.hotspot.gateway.radius.RadiusFixture.registerRouter;
import static org.hotspot.gateway.radius.RadiusFixture.secret;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.hotspot.gateway.radius.codec.Attributes;
import org.hotspot.gateway.radius.codec.Authenticators;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.PacketCodec;
import org.hotspot.gateway.radius.codec.RadiusAttribute;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.hotspot.gateway.radius.codec.UserPassword;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithVoucherService;
import org.hotspot.testing.radius.Radclient;
import org.hotspot.testing.radius.Radclient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the server never answers: a wrong secret, an unknown client, a missing Message-Authenticator
 * where the router requires one, a datagram that is not RADIUS; each is dropped and counted by
 * cause. And what it answers twice the same way: a retransmission.
 */
@QuarkusTest
@WithVoucherService
class RadiusDropTest {

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @Inject
    RadiusPorts ports;

    private String organization;
    private String nasIdentifier;
    private String secret;

    @BeforeEach
    void anOrganizationWithARouter() {
        organization = auth.newOrganization();
        nasIdentifier = nasIdentifier();
        secret = secret();
        registerRouter(auth.tokenFor(organization, "ORG_ADMIN"), nasIdentifier, secret, "site-a", 3799);
    }

    private static double dropped(String cause) {
        return counter("hotspot_gateway_radius_dropped_total", "cause=\"" + cause + "\"");
    }

    @Test
    void aWrongSecretGetsNoAnswer() {
        double before = dropped("bad-message-authenticator");

        Reply reply = Radclient.to("127.0.0.1", ports.authenticationPort(), "not-" + secret)
                .auth(pap(nasIdentifier, "ABCDEFGHJK", "ABCDEFGHJK", mac()));

        assertThat(reply.answered()).as(reply.transcript()).isFalse();
        assertThat(dropped("bad-message-authenticator")).isEqualTo(before + 1);
    }

    @Test
    void anUnknownClientGetsNoAnswer() {
        double before = dropped("unknown-client");

        Reply reply = Radclient.to("127.0.0.1", ports.authenticationPort(), secret)
                .auth(pap("not-registered-" + nasIdentifier, "ABCDEFGHJK", "ABCDEFGHJK", mac()));

        assertThat(reply.answered()).as(reply.transcript()).isFalse();
        assertThat(dropped("unknown-client")).isEqualTo(before + 1);
    }

    @Test
    void anAccessRequestWithoutMessageAuthenticatorGetsNoAnswerByDefault() {
        double before = dropped("missing-message-authenticator");
        String[] withoutMessageAuthenticator = Arrays.stream(pap(nasIdentifier, "ABCDEFGHJK", "ABCDEFGHJK", mac()))
                .filter(line -> !line.startsWith("Message-Authenticator")).toArray(String[]::new);

        Reply reply = Radclient.to("127.0.0.1", ports.authenticationPort(), secret).auth(withoutMessageAuthenticator);

        assertThat(reply.answered()).as(reply.transcript()).isFalse();
        assertThat(dropped("missing-message-authenticator")).isEqualTo(before + 1);
    }

    @Test
    void aRouterThatCannotSendMessageAuthenticatorCanBeAllowed() {
        String nas = nasIdentifier();
        registerRouter(auth.tokenFor(organization, "ORG_ADMIN"), nas, secret, "site-a", 3799, false);
        String[] withoutMessageAuthenticator = Arrays.stream(pap(nas, "ABCDEFGHJK", "ABCDEFGHJK", mac()))
                .filter(line -> !line.startsWith("Message-Authenticator")).toArray(String[]::new);

        Reply reply = Radclient.to("127.0.0.1", ports.authenticationPort(), secret).auth(withoutMessageAuthenticator);

        assertThat(reply.code()).as(reply.transcript()).isEqualTo("Access-Reject");
        assertThat(reply.attributes()).as("the answer is signed all the same").containsKey("Message-Authenticator");
    }

    @Test
    void aDatagramThatIsNotRadiusIsDroppedAndCounted() throws Exception {
        double before = dropped("too-short");
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.send(new DatagramPacket(new byte[] {1, 2, 3}, 3, InetAddress.getLoopbackAddress(),
                    ports.authenticationPort()));
        }
        Awaitility.await().untilAsserted(() -> assertThat(dropped("too-short")).isEqualTo(before + 1));
    }

    @Test
    void aRetransmissionGetsTheSameAnswerWithoutASecondDecision() throws Exception {
        String profile = vouchers.newProfile(auth.tokenFor(organization, "OPERATOR"), Map.of("timeQuotaSeconds", 600));
        String code = vouchers.codes(auth.tokenFor(organization, "OPERATOR"),
                vouchers.newBatch(auth.tokenFor(organization, "OPERATOR"), profile, 1)).get(0);
        byte[] request = accessRequest(code);
        double decisions = counter("hotspot_gateway_radius_decision_seconds_count");

        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(5_000);
            DatagramPacket out = new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(),
                    ports.authenticationPort());
            socket.send(out);
            socket.send(out);
            byte[] first = receive(socket);
            socket.send(out);
            byte[] again = receive(socket);

            RadiusPacket answer = PacketCodec.decode(first);
            assertThat(answer.code()).isEqualTo(Codes.ACCESS_ACCEPT);
            assertThat(Authenticators.checkResponse(answer, Arrays.copyOfRange(request, 4, 20),
                    secret.getBytes(StandardCharsets.UTF_8))).isEqualTo(Authenticators.Check.VALID);
            assertThat(again).isEqualTo(first);
            socket.setSoTimeout(500);
            assertThat(receiveOrNull(socket)).as("the copy sent while deciding is not answered twice").isNull();
        }
        assertThat(counter("hotspot_gateway_radius_decision_seconds_count")).isEqualTo(decisions + 1);
    }

    private byte[] accessRequest(String code) {
        byte[] authenticator = new byte[16];
        new SecureRandom().nextBytes(authenticator);
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        List<RadiusAttribute> attributes = List.of(
                RadiusAttribute.text(Attributes.USER_NAME, code),
                RadiusAttribute.of(Attributes.USER_PASSWORD,
                        UserPassword.hide(code.getBytes(StandardCharsets.UTF_8), key, authenticator)),
                RadiusAttribute.text(Attributes.NAS_IDENTIFIER, nasIdentifier),
                RadiusAttribute.text(Attributes.CALLING_STATION_ID, mac()),
                RadiusAttribute.of(Attributes.MESSAGE_AUTHENTICATOR, new byte[16]));
        byte[] packet = PacketCodec.encode(Codes.ACCESS_REQUEST, 7, authenticator, attributes);
        Authenticators.signRequest(packet, key);
        return packet;
    }

    private static byte[] receive(DatagramSocket socket) throws Exception {
        DatagramPacket in = new DatagramPacket(new byte[4096], 4096);
        socket.receive(in);
        return Arrays.copyOf(in.getData(), in.getLength());
    }

    private static byte[] receiveOrNull(DatagramSocket socket) throws Exception {
        try {
            return receive(socket);
        } catch (SocketTimeoutException e) {
            return null;
        }
    }
}
