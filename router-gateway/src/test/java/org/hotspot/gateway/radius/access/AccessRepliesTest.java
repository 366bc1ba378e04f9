package org.hotspot.gateway.radius.access;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_INTERIM_INTERVAL;
import static org.hotspot.gateway.radius.codec.Attributes.CLASS;
import static org.hotspot.gateway.radius.codec.Attributes.IDLE_TIMEOUT;
import static org.hotspot.gateway.radius.codec.Attributes.MESSAGE_AUTHENTICATOR;
import static org.hotspot.gateway.radius.codec.Attributes.MIKROTIK_RATE_LIMIT;
import static org.hotspot.gateway.radius.codec.Attributes.MIKROTIK_RECV_LIMIT;
import static org.hotspot.gateway.radius.codec.Attributes.MIKROTIK_RECV_LIMIT_GIGAWORDS;
import static org.hotspot.gateway.radius.codec.Attributes.MIKROTIK_TOTAL_LIMIT;
import static org.hotspot.gateway.radius.codec.Attributes.MIKROTIK_TOTAL_LIMIT_GIGAWORDS;
import static org.hotspot.gateway.radius.codec.Attributes.MIKROTIK_XMIT_LIMIT;
import static org.hotspot.gateway.radius.codec.Attributes.MIKROTIK_XMIT_LIMIT_GIGAWORDS;
import static org.hotspot.gateway.radius.codec.Attributes.REPLY_MESSAGE;
import static org.hotspot.gateway.radius.codec.Attributes.SESSION_TIMEOUT;
import static org.hotspot.gateway.radius.codec.Attributes.VENDOR_MIKROTIK;

import java.util.HexFormat;
import java.util.List;
import org.hotspot.events.voucher.Decision;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.gateway.radius.codec.Authenticators;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.MalformedPacketException;
import org.hotspot.gateway.radius.codec.PacketCodec;
import org.hotspot.gateway.radius.codec.RadiusAttribute;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.junit.jupiter.api.Test;

/**
 * What a MikroTik router reads in the answer to a login: how long the device stays online, how fast and
 * how many bytes it may use, the voucher named in Class for accounting, and on a reject the message its
 * login page shows. Each answer goes through the encoder and is signed and checked as a router checks it.
 */
class AccessRepliesTest {

    private static final byte[] SECRET = "s3cr3t-nas-7".getBytes(UTF_8);
    private static final byte[] REQUEST_AUTHENTICATOR = HexFormat.of().parseHex("8f02d473671982c2613b8f430edbec78");
    private static final long GIB = 1L << 30;

    @Test
    void anAcceptGrantsTheTimeAndSpeedOfThePlan() {
        RadiusPacket accept = asRouterReadsIt(Codes.ACCESS_ACCEPT,
                AccessReplies.accept(accepted(3_600L, null, null, null, "4M/2M", 300L, 600L), "81a0f3c2"));

        assertThat(accept.integer(SESSION_TIMEOUT)).as("Session-Timeout, s").isEqualTo(3_600);
        assertThat(accept.integer(IDLE_TIMEOUT)).as("Idle-Timeout, s").isEqualTo(300);
        assertThat(accept.integer(ACCT_INTERIM_INTERVAL)).as("Acct-Interim-Interval, s").isEqualTo(600);
        assertThat(accept.first(VENDOR_MIKROTIK, MIKROTIK_RATE_LIMIT).asText()).isEqualTo("4M/2M");
        assertThat(AccessReplies.voucherIdOf(accept.first(CLASS))).as("the voucher accounting is charged to")
                .isEqualTo("voucher-1");
    }

    /** Past 4 GiB a 32-bit attribute wraps: MikroTik takes the 4 GiB units apart, as Gigawords. */
    @Test
    void dataLeftPast4GiBIsSentWithItsGigawords() {
        long dataLeft = 5 * GIB + 123;
        RadiusPacket accept = asRouterReadsIt(Codes.ACCESS_ACCEPT,
                AccessReplies.accept(accepted(null, dataLeft, null, null, null, null, null), "81a0f3c2"));

        assertThat(vendorInteger(accept, MIKROTIK_TOTAL_LIMIT_GIGAWORDS) << 32
                | vendorInteger(accept, MIKROTIK_TOTAL_LIMIT)).isEqualTo(dataLeft);
        assertThat(vendorInteger(accept, MIKROTIK_TOTAL_LIMIT_GIGAWORDS)).isEqualTo(1);
    }

    /** RouterOS counts from its own side: what a device uploads the router receives (Recv), downloads it sends (Xmit). */
    @Test
    void uploadAndDownloadLimitsAreSeenFromTheRouter() {
        RadiusPacket accept = asRouterReadsIt(Codes.ACCESS_ACCEPT,
                AccessReplies.accept(accepted(null, null, 100_000L, 2_000_000L, null, null, null), "81a0f3c2"));

        assertThat(vendorInteger(accept, MIKROTIK_RECV_LIMIT)).as("upload").isEqualTo(100_000);
        assertThat(vendorInteger(accept, MIKROTIK_XMIT_LIMIT)).as("download").isEqualTo(2_000_000);
        assertThat(vendorInteger(accept, MIKROTIK_RECV_LIMIT_GIGAWORDS)).isZero();
        assertThat(vendorInteger(accept, MIKROTIK_XMIT_LIMIT_GIGAWORDS)).isZero();
        assertThat(accept.first(VENDOR_MIKROTIK, MIKROTIK_TOTAL_LIMIT)).as("no total limit asked").isNull();
    }

    /** An unlimited voucher is sent no limit at all, only the Class that names it. */
    @Test
    void anUnlimitedVoucherGetsNoLimits() {
        RadiusPacket accept = asRouterReadsIt(Codes.ACCESS_ACCEPT,
                AccessReplies.accept(accepted(null, null, null, null, null, null, null), "81a0f3c2"));

        assertThat(accept.has(SESSION_TIMEOUT)).isFalse();
        assertThat(accept.has(IDLE_TIMEOUT)).isFalse();
        assertThat(accept.attributes()).noneMatch(attribute -> attribute.vendorId() == VENDOR_MIKROTIK);
        assertThat(AccessReplies.voucherIdOf(accept.first(CLASS))).isEqualTo("voucher-1");
    }

    /** A router takes a 32-bit Session-Timeout: more time than that is the most it can hold, and none left is zero. */
    @Test
    void timeOutOf32BitRangeIsClampedNotWrapped() {
        RadiusPacket lasting = asRouterReadsIt(Codes.ACCESS_ACCEPT,
                AccessReplies.accept(accepted(1L << 33, null, null, null, null, null, null), "81a0f3c2"));
        RadiusPacket spent = asRouterReadsIt(Codes.ACCESS_ACCEPT,
                AccessReplies.accept(accepted(-5L, -1L, null, null, null, null, null), "81a0f3c2"));

        assertThat(lasting.integer(SESSION_TIMEOUT)).isEqualTo(0xFFFF_FFFFL);
        assertThat(spent.integer(SESSION_TIMEOUT)).isZero();
        assertThat(vendorInteger(spent, MIKROTIK_TOTAL_LIMIT)).isZero();
    }

    @Test
    void aRejectCarriesTheMessageTheLoginPageShows() {
        String message = ReplyMessages.of(RejectReason.EXPIRED, "fr");
        RadiusPacket reject = asRouterReadsIt(Codes.ACCESS_REJECT, AccessReplies.reject(message));

        assertThat(reject.text(REPLY_MESSAGE)).isEqualTo("Ce ticket a expiré. [expired]");
        assertThat(reject.attributes()).extracting(RadiusAttribute::type)
                .containsExactly(MESSAGE_AUTHENTICATOR, REPLY_MESSAGE);
    }

    /** The BlastRADIUS mitigation: the Message-Authenticator comes first in every answer. */
    @Test
    void everyAnswerStartsWithItsMessageAuthenticator() {
        List<RadiusAttribute> accept = AccessReplies.accept(accepted(60L, GIB, null, null, "1M/1M", 60L, 60L), "t");
        List<RadiusAttribute> reject = AccessReplies.reject(ReplyMessages.throttled("en"));

        assertThat(accept.get(0).type()).isEqualTo(MESSAGE_AUTHENTICATOR);
        assertThat(reject.get(0).type()).isEqualTo(MESSAGE_AUTHENTICATOR);
    }

    /** Class is echoed in accounting; one another server wrote, or none, names no voucher of ours. */
    @Test
    void onlyOurOwnClassNamesAVoucher() {
        assertThat(AccessReplies.voucherIdOf(RadiusAttribute.text(CLASS, "hs1:voucher-9:81a0f3c2")))
                .isEqualTo("voucher-9");
        assertThat(AccessReplies.voucherIdOf(RadiusAttribute.text(CLASS, "hs1:voucher-9"))).isEqualTo("voucher-9");
        assertThat(AccessReplies.voucherIdOf(RadiusAttribute.text(CLASS, "hs1::81a0f3c2"))).isNull();
        assertThat(AccessReplies.voucherIdOf(RadiusAttribute.text(CLASS, "other-server"))).isNull();
        assertThat(AccessReplies.voucherIdOf(null)).isNull();
    }

    private static Decision accepted(Long sessionTimeout, Long dataLeft, Long uploadLeft, Long downloadLeft,
            String rateLimit, Long idleTimeout, Long interimInterval) {
        return new Decision(true, null, "voucher-1", sessionTimeout, dataLeft, uploadLeft, downloadLeft, rateLimit,
                idleTimeout, interimInterval, false);
    }

    /** Encoded, signed and checked with the secret, then decoded, as the router does with our answer. */
    private static RadiusPacket asRouterReadsIt(int code, List<RadiusAttribute> attributes) {
        byte[] packet = PacketCodec.encode(code, 42, REQUEST_AUTHENTICATOR, attributes);
        Authenticators.signResponse(packet, REQUEST_AUTHENTICATOR, SECRET);
        try {
            RadiusPacket answer = PacketCodec.decode(packet);
            assertThat(Authenticators.checkResponse(answer, REQUEST_AUTHENTICATOR, SECRET))
                    .isEqualTo(Authenticators.Check.VALID);
            return answer;
        } catch (MalformedPacketException e) {
            throw new AssertionError("our own answer does not decode", e);
        }
    }

    private static long vendorInteger(RadiusPacket packet, int type) {
        return packet.first(VENDOR_MIKROTIK, type).asInteger();
    }
}
