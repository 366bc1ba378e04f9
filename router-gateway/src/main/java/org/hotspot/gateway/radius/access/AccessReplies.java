package org.hotspot.gateway.radius.access;

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

import java.util.ArrayList;
import java.util.List;
import org.hotspot.events.voucher.Decision;
import org.hotspot.gateway.radius.codec.RadiusAttribute;

/**
 * The attributes of an answer to an Access-Request. Every answer starts with a Message-Authenticator
 * (filled in when the packet is signed): RFC 3579 makes it the only integrity check of an Access-
 * Accept or Reject, and putting it first is the BlastRADIUS mitigation FreeRADIUS and MikroTik adopted.
 */
public final class AccessReplies {

    /** The largest value a 32-bit attribute holds. */
    private static final long MAX_INT32 = 0xFFFF_FFFFL;
    private static final String CLASS_PREFIX = "hs1:";

    private AccessReplies() {
    }

    /** The Access-Accept's attributes for an accepting decision; Class names the voucher and session. */
    public static List<RadiusAttribute> accept(Decision decision, String sessionTag) {
        List<RadiusAttribute> attributes = new ArrayList<>(12);
        attributes.add(messageAuthenticator());
        if (decision.sessionTimeoutSeconds() != null) {
            attributes.add(RadiusAttribute.integer(SESSION_TIMEOUT, clamp(decision.sessionTimeoutSeconds())));
        }
        if (decision.idleTimeoutSeconds() != null) {
            attributes.add(RadiusAttribute.integer(IDLE_TIMEOUT, clamp(decision.idleTimeoutSeconds())));
        }
        if (decision.interimIntervalSeconds() != null) {
            attributes.add(RadiusAttribute.integer(ACCT_INTERIM_INTERVAL, clamp(decision.interimIntervalSeconds())));
        }
        if (decision.rateLimit() != null) {
            attributes.add(RadiusAttribute.vendorText(VENDOR_MIKROTIK, MIKROTIK_RATE_LIMIT, decision.rateLimit()));
        }
        // RouterOS counts from the router's side: it receives what the device uploads.
        totalLimit(attributes, decision.dataLeftBytes());
        limit(attributes, decision.uploadLeftBytes(), MIKROTIK_RECV_LIMIT, MIKROTIK_RECV_LIMIT_GIGAWORDS);
        limit(attributes, decision.downloadLeftBytes(), MIKROTIK_XMIT_LIMIT, MIKROTIK_XMIT_LIMIT_GIGAWORDS);
        attributes.add(RadiusAttribute.text(CLASS, CLASS_PREFIX + decision.voucherId() + ":" + sessionTag));
        return attributes;
    }

    /** The Access-Reject's attributes: the Reply-Message the router shows on its login page. */
    public static List<RadiusAttribute> reject(String replyMessage) {
        return List.of(messageAuthenticator(), RadiusAttribute.text(REPLY_MESSAGE, replyMessage));
    }

    /** The voucher id an Access-Accept's Class carried, as a router echoes it in accounting; null when not ours. */
    public static String voucherIdOf(RadiusAttribute classAttribute) {
        if (classAttribute == null) {
            return null;
        }
        String value = classAttribute.asText();
        if (!value.startsWith(CLASS_PREFIX)) {
            return null;
        }
        int end = value.indexOf(':', CLASS_PREFIX.length());
        String id = end < 0 ? value.substring(CLASS_PREFIX.length()) : value.substring(CLASS_PREFIX.length(), end);
        return id.isEmpty() ? null : id;
    }

    /** A zero placeholder, filled in by {@code Authenticators.signResponse}. */
    public static RadiusAttribute messageAuthenticator() {
        return RadiusAttribute.of(MESSAGE_AUTHENTICATOR, new byte[16]);
    }

    /** Mikrotik-Total-Limit and its Gigawords for the bytes left, up and down together; nothing for null (unlimited). */
    public static void totalLimit(List<RadiusAttribute> into, Long bytes) {
        limit(into, bytes, MIKROTIK_TOTAL_LIMIT, MIKROTIK_TOTAL_LIMIT_GIGAWORDS);
    }

    /** A byte count as MikroTik takes it: the low 32 bits, and the 4 GiB units above them as Gigawords. */
    private static void limit(List<RadiusAttribute> into, Long bytes, int type, int gigawordsType) {
        if (bytes == null) {
            return;
        }
        long value = Math.max(0, bytes);
        into.add(RadiusAttribute.vendorInteger(VENDOR_MIKROTIK, type, value & MAX_INT32));
        into.add(RadiusAttribute.vendorInteger(VENDOR_MIKROTIK, gigawordsType, Math.min(value >>> 32, MAX_INT32)));
    }

    /** Seconds as a 32-bit attribute holds them. */
    public static long clamp(long seconds) {
        return Math.max(0, Math.min(seconds, MAX_INT32));
    }
}
