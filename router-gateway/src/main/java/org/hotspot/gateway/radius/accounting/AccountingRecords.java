package org.hotspot.gateway.radius.accounting;

import static org.hotspot.gateway.radius.codec.Attributes.ACCT_DELAY_TIME;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_INPUT_GIGAWORDS;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_INPUT_OCTETS;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_INPUT_PACKETS;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_OUTPUT_GIGAWORDS;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_OUTPUT_OCTETS;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_OUTPUT_PACKETS;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_SESSION_ID;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_SESSION_TIME;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_STATUS_TYPE;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_TERMINATE_CAUSE;
import static org.hotspot.gateway.radius.codec.Attributes.CALLING_STATION_ID;
import static org.hotspot.gateway.radius.codec.Attributes.CLASS;
import static org.hotspot.gateway.radius.codec.Attributes.EVENT_TIMESTAMP;
import static org.hotspot.gateway.radius.codec.Attributes.FRAMED_IP_ADDRESS;
import static org.hotspot.gateway.radius.codec.Attributes.MESSAGE_AUTHENTICATOR;
import static org.hotspot.gateway.radius.codec.Attributes.NAS_IDENTIFIER;
import static org.hotspot.gateway.radius.codec.Attributes.USER_NAME;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.radius.codec.RadiusAttribute;
import org.hotspot.gateway.radius.codec.RadiusPacket;

/** An Accounting-Request (RFC 2866, with RFC 2869's Gigawords and Event-Timestamp) as an {@link AccountingRecord}. */
public final class AccountingRecords {

    /** Acct-Terminate-Cause names, RFC 2866 §5.10 and RFC 3580. */
    private static final String[] TERMINATE_CAUSES = {null, "User-Request", "Lost-Carrier", "Lost-Service",
            "Idle-Timeout", "Session-Timeout", "Admin-Reset", "Admin-Reboot", "Port-Error", "NAS-Error", "NAS-Request",
            "NAS-Reboot", "Port-Unneeded", "Port-Preempted", "Port-Suspended", "Service-Unavailable", "Callback",
            "User-Error", "Host-Request", "Supplicant-Restart", "Reauthentication-Failure", "Port-Reinitialized",
            "Port-Administratively-Disabled"};

    private AccountingRecords() {
    }

    /** The record's kind; null when Acct-Status-Type is missing or one this product does not meter (Failed, tunnels). */
    public static StatusType statusType(RadiusPacket request) {
        return switch ((int) request.integer(ACCT_STATUS_TYPE)) {
            case 1 -> StatusType.START;
            case 2 -> StatusType.STOP;
            case 3 -> StatusType.INTERIM_UPDATE;
            case 7 -> StatusType.ACCOUNTING_ON;
            case 8 -> StatusType.ACCOUNTING_OFF;
            default -> null;
        };
    }

    /**
     * The record of an Accounting-Request whose {@link #statusType} is known, charged to {@code voucherId}
     * (see {@code VoucherAttribution}), its User-Name only as {@code sealedUserName}.
     */
    public static AccountingRecord of(RadiusPacket request, Router router, String sealedUserName, String voucherId,
            Instant receivedAt) {
        StatusType status = statusType(request);
        if (status == null) {
            throw new IllegalArgumentException("no meterable Acct-Status-Type");
        }
        long delay = Math.max(0, request.integer(ACCT_DELAY_TIME));
        long timestamp = request.integer(EVENT_TIMESTAMP);
        Instant eventTime = timestamp >= 0 ? Instant.ofEpochSecond(timestamp) : receivedAt.minusSeconds(delay);
        long cause = request.integer(ACCT_TERMINATE_CAUSE);
        return new AccountingRecord(recordId(request, router.id), router.id, request.text(NAS_IDENTIFIER), router.nasIp,
                router.site, status, request.text(ACCT_SESSION_ID), sealedUserName, voucherId,
                AccessRequest.normalizeMac(request.text(CALLING_STATION_ID)),
                address(request.first(FRAMED_IP_ADDRESS)),
                octets(request, ACCT_INPUT_OCTETS, ACCT_INPUT_GIGAWORDS),
                octets(request, ACCT_OUTPUT_OCTETS, ACCT_OUTPUT_GIGAWORDS),
                counter(request, ACCT_INPUT_PACKETS), counter(request, ACCT_OUTPUT_PACKETS),
                counter(request, ACCT_SESSION_TIME),
                status == StatusType.STOP && cause > 0 ? causeName(cause) : null,
                eventTime, receivedAt);
    }

    /**
     * Equal for a router's retransmissions of one record, different for any two records: a digest of
     * the router and every attribute except Acct-Delay-Time, which a retransmitting router may raise
     * (RFC 2866 §5.2), the Message-Authenticator, which changes with it, and User-Name and Class.
     * Releases before this one digested User-Name and Class too, so a retransmission straddling the
     * upgrade gets a new id, once.
     */
    static String recordId(RadiusPacket request, String routerId) {
        // One digest per thread: looking one up per record costs as much as hashing the record.
        MessageDigest sha = SHA_256.get();
        sha.update(routerId.getBytes(StandardCharsets.UTF_8));
        for (RadiusAttribute attribute : request.attributes()) {
            if (attribute.is(ACCT_DELAY_TIME) || attribute.is(MESSAGE_AUTHENTICATOR)) {
                continue;
            }
            // The id is an unkeyed digest and the record carries nearly every other input to it: with
            // User-Name (the code) or Class (which names the voucher) in it, anyone reading the topic
            // could recover a short code by trying them all. Router, Acct-Session-Id, counters and
            // timestamps keep records apart without them.
            if (attribute.is(USER_NAME) || attribute.is(CLASS)) {
                continue;
            }
            int vendor = attribute.vendorId();
            sha.update(new byte[] {(byte) attribute.type(), (byte) (vendor >>> 24), (byte) (vendor >>> 16),
                    (byte) (vendor >>> 8), (byte) vendor, (byte) attribute.vendorType(),
                    (byte) attribute.value().length});
            sha.update(attribute.value());
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    /** Octets with their Gigawords (RFC 2869 §5.1): how often the 32-bit counter wrapped. */
    private static long octets(RadiusPacket request, int type, int gigawordsType) {
        return counter(request, gigawordsType) << 32 | counter(request, type);
    }

    private static long counter(RadiusPacket request, int type) {
        return Math.max(0, request.integer(type));
    }

    private static String address(RadiusAttribute attribute) {
        return attribute == null ? null : attribute.asAddress();
    }

    private static String causeName(long cause) {
        return cause < TERMINATE_CAUSES.length ? TERMINATE_CAUSES[(int) cause] : "Cause-" + cause;
    }
}
