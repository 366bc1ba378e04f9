package org.hotspot.testing.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.aaa4j.radius.core.attribute.IntegerData;
import org.aaa4j.radius.core.attribute.RawAttribute;
import org.aaa4j.radius.core.attribute.TextData;
import org.aaa4j.radius.core.attribute.attributes.AcctSessionId;
import org.aaa4j.radius.core.attribute.attributes.ChapChallenge;
import org.aaa4j.radius.core.attribute.attributes.ChapPassword;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.attribute.attributes.ReplyMessage;
import org.aaa4j.radius.core.attribute.attributes.SessionTimeout;
import org.aaa4j.radius.core.attribute.attributes.UserName;
import org.aaa4j.radius.core.attribute.attributes.UserPassword;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.packets.AccessAccept;
import org.aaa4j.radius.core.packet.packets.AccessReject;
import org.aaa4j.radius.core.packet.packets.AccountingResponse;
import org.junit.jupiter.api.Test;

/** The real radclient against a server built on aaa4j: what goes out, what comes back. */
class RadclientTest {

    private static final String SECRET = "testing123";

    @Test
    void accessAcceptWithMikrotikAttributesIsReadIntoTheReply() throws Exception {
        try (Aaa4jServer server = new Aaa4jServer(SECRET, request -> new AccessAccept(List.of(
                new SessionTimeout(new IntegerData(3600)),
                new RawAttribute(26, mikrotik(8, "2M/4M")),
                new ReplyMessage(new TextData("Welcome")),
                new ReplyMessage(new TextData("Enjoy \"fast\" WiFi")))))) {
            Radclient.Reply reply = Radclient.to("127.0.0.1", server.port(), SECRET)
                    .auth(Radclient.text("User-Name", "ABC"), Radclient.text("User-Password", "x"));

            assertThat(reply.code()).isEqualTo("Access-Accept");
            assertThat(reply.value("Session-Timeout")).isEqualTo("3600");
            assertThat(reply.value("Mikrotik-Rate-Limit")).isEqualTo("2M/4M");
            assertThat(reply.values("Reply-Message")).containsExactly("Welcome", "Enjoy \"fast\" WiFi");
            Packet request = server.received.get(0);
            assertThat(request.getAttribute(UserName.class).orElseThrow().getData().getValue()).isEqualTo("ABC");
            assertThat(request.getAttribute(UserPassword.class).orElseThrow().getData().getValue())
                    .isEqualTo("x".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void accessRejectIsAnAnswerWithItsReplyMessage() throws Exception {
        try (Aaa4jServer server = new Aaa4jServer(SECRET,
                request -> new AccessReject(List.of(new ReplyMessage(new TextData("Voucher expired")))))) {
            Radclient.Reply reply = Radclient.to("127.0.0.1", server.port(), SECRET)
                    .auth(Radclient.text("User-Name", "ABC"), Radclient.text("User-Password", "x"));

            assertThat(reply.answered()).isTrue();
            assertThat(reply.code()).isEqualTo("Access-Reject");
            assertThat(reply.value("Reply-Message")).isEqualTo("Voucher expired");
        }
    }

    @Test
    void chapLoginIsCheckedByTheServerAgainstThePassword() throws Exception {
        try (Aaa4jServer server = new Aaa4jServer(SECRET,
                request -> chapMatches(request, "s3cret") ? new AccessAccept() : new AccessReject())) {
            Radclient radclient = Radclient.to("127.0.0.1", server.port(), SECRET);
            Chap right = Chap.of("s3cret");
            Chap wrong = Chap.of("guess");

            assertThat(radclient.auth(Radclient.text("User-Name", "ABC"), right.passwordLine(), right.challengeLine())
                    .code())
                    .isEqualTo("Access-Accept");
            assertThat(radclient.auth(Radclient.text("User-Name", "ABC"), wrong.passwordLine(), wrong.challengeLine())
                    .code())
                    .isEqualTo("Access-Reject");
        }
    }

    @Test
    void accountingRequestIsSignedAndAnswered() throws Exception {
        try (Aaa4jServer server = new Aaa4jServer(SECRET, request -> new AccountingResponse())) {
            Radclient.Reply reply = Radclient.to("127.0.0.1", server.port(), SECRET)
                    .acct(Radclient.text("User-Name", "ABC"), "Acct-Status-Type = Start",
                            Radclient.text("Acct-Session-Id", "81000001"), "Framed-IP-Address = 10.5.0.9");

            assertThat(reply.code()).isEqualTo("Accounting-Response");
            // aaa4j refuses an Accounting-Request whose authenticator is wrong, so arriving is the check.
            assertThat(server.refused).isEmpty();
            assertThat(server.received.get(0).getAttribute(AcctSessionId.class).orElseThrow().getData().getValue())
                    .isEqualTo("81000001");
        }
    }

    @Test
    void messageAuthenticatorLineMakesRadclientSignTheRequest() throws Exception {
        try (Aaa4jServer server = new Aaa4jServer(SECRET, request -> new AccessAccept())) {
            Radclient.Reply reply = Radclient.to("127.0.0.1", server.port(), SECRET)
                    .auth(Radclient.text("User-Name", "ABC"), Radclient.text("User-Password", "x"),
                            "Message-Authenticator = 0x00");

            assertThat(reply.code()).isEqualTo("Access-Accept");
            assertThat(server.received.get(0).getAttribute(MessageAuthenticator.class)).isPresent();
        }
    }

    @Test
    void silentServerIsNoReplyAfterEveryAttempt() throws Exception {
        try (Aaa4jServer server = new Aaa4jServer(SECRET, request -> null)) {
            Radclient.Reply reply = Radclient.to("127.0.0.1", server.port(), SECRET)
                    .attempts(2).timeout(Duration.ofMillis(300))
                    .auth(Radclient.text("User-Name", "ABC"), Radclient.text("User-Password", "x"));

            assertThat(reply.answered()).isFalse();
            assertThat(reply.code()).isNull();
            assertThat(reply.attributes()).isEmpty();
            assertThat(server.received).hasSize(2);
        }
    }

    @Test
    void closedPortIsNoReplyWithinTheTimeout() throws Exception {
        int closed;
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            closed = socket.getLocalPort();
        }
        long start = System.nanoTime();

        Radclient.Reply reply = Radclient.to("127.0.0.1", closed, SECRET).timeout(Duration.ofMillis(500))
                .auth(Radclient.text("User-Name", "ABC"), Radclient.text("User-Password", "x"));

        assertThat(reply.answered()).isFalse();
        assertThat(reply.transcript()).contains("No reply from server");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void replySignedWithAnotherSecretIsRefused() throws Exception {
        try (Aaa4jServer server = new Aaa4jServer("other-secret", request -> new AccessAccept())) {
            Radclient.Reply reply = Radclient.to("127.0.0.1", server.port(), SECRET).timeout(Duration.ofMillis(500))
                    .auth(Radclient.text("User-Name", "ABC"), Radclient.text("User-Password", "x"));

            assertThat(reply.answered()).isFalse();
            assertThat(reply.transcript()).contains("Shared secret is incorrect");
        }
    }

    @Test
    void severalPacketsFromOneRunAreAnsweredInOrder() throws Exception {
        try (Aaa4jServer server = new Aaa4jServer(SECRET, request -> "A".equals(userName(request))
                ? new AccessAccept(List.of(new ReplyMessage(new TextData("hello A"))))
                : new AccessReject())) {
            List<Radclient.Reply> replies = Radclient.to("127.0.0.1", server.port(), SECRET).sendAll("auth", List.of(
                    List.of(Radclient.text("User-Name", "B"), Radclient.text("User-Password", "x")),
                    List.of(Radclient.text("User-Name", "A"), Radclient.text("User-Password", "x")),
                    List.of(Radclient.text("User-Name", "C"), Radclient.text("User-Password", "x"))));

            assertThat(replies).extracting(Radclient.Reply::code).containsExactly("Access-Reject", "Access-Accept",
                    "Access-Reject");
            assertThat(replies.get(1).value("Reply-Message")).isEqualTo("hello A");
            assertThat(replies.get(0).attributes()).isEmpty();
        }
    }

    @Test
    void quotedTextArrivesAsWritten() throws Exception {
        try (Aaa4jServer server = new Aaa4jServer(SECRET, request -> new AccessAccept())) {
            Radclient.to("127.0.0.1", server.port(), SECRET)
                    .auth(Radclient.text("User-Name", "a \"quoted\" \\ name"), Radclient.text("User-Password", "x"));

            assertThat(userName(server.received.get(0))).isEqualTo("a \"quoted\" \\ name");
        }
    }

    @Test
    void inputRadclientRefusesIsAnErrorNotANoReply() {
        assertThatThrownBy(() -> Radclient.to("127.0.0.1", 1812, SECRET).auth("User-Nam = \"ABC\""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unknown name");
    }

    private static String userName(Packet request) {
        return request.getAttribute(UserName.class).orElseThrow().getData().getValue();
    }

    /** RFC 1994: the response is MD5(identifier | password | challenge). */
    private static boolean chapMatches(Packet request, String password) {
        byte[] chap = request.getAttribute(ChapPassword.class).orElseThrow().getData().getValue();
        byte[] challenge = request.getAttribute(ChapChallenge.class).orElseThrow().getData().getValue();
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(chap[0]);
            md5.update(password.getBytes(StandardCharsets.UTF_8));
            md5.update(challenge);
            return Arrays.equals(md5.digest(), Arrays.copyOfRange(chap, 1, chap.length));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A MikroTik (vendor 14988) Vendor-Specific value holding one text sub-attribute. */
    private static byte[] mikrotik(int type, String text) {
        byte[] value = text.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(6 + value.length).putInt(14988).put((byte) type).put((byte) (2 + value.length))
                .put(value)
                .array();
    }
}
