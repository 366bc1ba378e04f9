package org.hotspot.testing.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading radclient 3.2.1's {@code -x} output, captured from real runs. */
class RadclientOutputTest {

    private static final String ACCEPT_WITH_VSAS = """
            Sent Access-Request Id 89 from 0.0.0.0:59319 to 127.0.0.1:18120 length 61
            \tUser-Name = "ABC"
            \tUser-Password = "x"
            \tMessage-Authenticator = 0x00
            \tCleartext-Password = "x"
            Received Access-Accept Id 89 from 127.0.0.1:18120 to 127.0.0.1:59319 length 95
            \tSession-Timeout = 3600
            \tAcct-Interim-Interval = 300
            \tMikrotik-Rate-Limit = "2M/4M"
            \tMikrotik-Total-Limit = 1000000
            \tReply-Message = "Welcome"
            \tClass = 0x0102ff
            \tFramed-IP-Address = 10.5.0.9
            \tMessage-Authenticator = 0x12687db3ed666205d8576ed2867afbe4
            """;

    private static final String NO_REPLY_AFTER_TWO_ATTEMPTS = """
            Sent Access-Request Id 186 from 0.0.0.0:44701 to 127.0.0.1:18122 length 43
            \tUser-Name = "ABC"
            \tUser-Password = "x"
            \tCleartext-Password = "x"
            Sent Access-Request Id 186 from 0.0.0.0:44701 to 127.0.0.1:18122 length 43
            \tUser-Name = "ABC"
            \tUser-Password = "x"
            \tCleartext-Password = "x"
            (0) No reply from server for ID 186 socket 3
            """;

    @Test
    void acceptIsReadWithItsVendorAttributesAndNotTheRequests() {
        Radclient.Reply reply = RadclientOutput.parse(ACCEPT_WITH_VSAS, "", 1).get(0);

        assertThat(reply.code()).isEqualTo("Access-Accept");
        assertThat(reply.value("Mikrotik-Rate-Limit")).isEqualTo("2M/4M");
        assertThat(reply.value("Mikrotik-Total-Limit")).isEqualTo("1000000");
        assertThat(reply.value("Session-Timeout")).isEqualTo("3600");
        assertThat(reply.value("Framed-IP-Address")).isEqualTo("10.5.0.9");
        assertThat(reply.value("Class")).isEqualTo("0x0102ff");
        assertThat(reply.attributes()).doesNotContainKeys("User-Name", "User-Password", "Cleartext-Password");
        assertThat(reply.attributes().keySet()).startsWith("Session-Timeout", "Acct-Interim-Interval",
                "Mikrotik-Rate-Limit");
    }

    @Test
    void silenceAfterRetriesIsOneUnansweredPacket() {
        List<Radclient.Reply> replies = RadclientOutput.parse(NO_REPLY_AFTER_TWO_ATTEMPTS, "", 1);

        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).answered()).isFalse();
        assertThat(replies.get(0).attributes()).isEmpty();
    }

    @Test
    void refusedReplyIsUnansweredAndTheTranscriptSaysWhy() {
        String stdout = """
                Sent Access-Request Id 227 from 0.0.0.0:47703 to 127.0.0.1:18120 length 43
                \tUser-Name = "ABC"
                (0) No reply from server for ID 227 socket 3
                """;
        String stderr =
                "(0) Reply verification failed: Received packet from 127.0.0.1 with invalid Message-Authenticator!"
                        + "  (Shared secret is incorrect.)\n";

        Radclient.Reply reply = RadclientOutput.parse(stdout, stderr, 1).get(0);

        assertThat(reply.answered()).isFalse();
        assertThat(reply.transcript()).contains("Shared secret is incorrect");
    }

    @Test
    void severalPacketsAreReadInOrderWhateverCameBetween() {
        String stdout = """
                Sent Access-Request Id 187 from 0.0.0.0:37404 to 127.0.0.1:18121 length 41
                \tUser-Name = "A"
                (0) multi.txt response code 3
                Received Access-Reject Id 187 from 127.0.0.1:18121 to 127.0.0.1:37404 length 55
                \tReply-Message = "Voucher expired"
                Sent Access-Request Id 54 from 0.0.0.0:37404 to 127.0.0.1:18121 length 41
                \tUser-Name = "B"
                (1) No reply from server for ID 54 socket 3
                Sent Disconnect-Request Id 51 from 0.0.0.0:51242 to 127.0.0.1:18123 length 35
                \tAcct-Session-Id = "81000001"
                Received Disconnect-NAK Id 51 from 127.0.0.1:18123 to 127.0.0.1:51242 length 45
                \tError-Cause = Session-Context-Not-Found
                """;

        List<Radclient.Reply> replies = RadclientOutput.parse(stdout, "", 3);

        assertThat(replies).extracting(Radclient.Reply::code).containsExactly("Access-Reject", null, "Disconnect-NAK");
        assertThat(replies.get(0).values("Reply-Message")).containsExactly("Voucher expired");
        assertThat(replies.get(2).value("Error-Cause")).isEqualTo("Session-Context-Not-Found");
    }

    @Test
    void quotedStringsAreUnescapedAsRadclientEscapesThem() {
        // Printed by radclient for the octets: a " b \ c é LF z 0x01, and for 0xff 0xfe.
        assertThat(RadclientOutput.value("\"a\\\"b\\\\c é\\nz\\001\"")).isEqualTo("a\"b\\c é\nz\u0001");
        assertThat(RadclientOutput.value("\"\\303\\251\"")).isEqualTo("é");
        assertThat(RadclientOutput.value("Session-Context-Not-Found")).isEqualTo("Session-Context-Not-Found");
        assertThat(RadclientOutput.value("0x0102ff")).isEqualTo("0x0102ff");
    }

    @Test
    void outputThatAccountsForFewerPacketsIsAnError() {
        assertThatThrownBy(
                () -> RadclientOutput.parse("", "(0) Error parsing \"stdin\": Unknown name \"User-Nam\"\n", 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accounted for 0 of 1")
                .hasMessageContaining("Unknown name");
    }
}
