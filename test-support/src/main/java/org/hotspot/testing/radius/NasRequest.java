package org.hotspot.testing.radius;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One packet {@link TestNas} received, as a router would judge it: who sent what, whether it was
 * signed with the shared secret, and what the router answered.
 *
 * @param code                      the packet's code: 40 Disconnect-Request, 43 CoA-Request, or
 *                                  whatever else arrived
 * @param identifier                the packet's identifier
 * @param attributes                every attribute in order, undecoded
 * @param authenticatorValid        whether the Request Authenticator is RFC 5176's for the secret
 * @param hasMessageAuthenticator   whether a Message-Authenticator (80) came with it
 * @param messageAuthenticatorValid whether that Message-Authenticator is right; false when absent
 * @param answerCode                the code answered (41/42 Disconnect-ACK/NAK, 44/45 CoA-ACK/NAK),
 *                                  or 0 when the packet was not answered
 * @param receivedAt                when it arrived
 */
public record NasRequest(int code, int identifier, List<Attribute> attributes, boolean authenticatorValid,
        boolean hasMessageAuthenticator, boolean messageAuthenticatorValid, int answerCode, Instant receivedAt) {

    public static final int DISCONNECT_REQUEST = 40;
    public static final int DISCONNECT_ACK = 41;
    public static final int DISCONNECT_NAK = 42;
    public static final int COA_REQUEST = 43;
    public static final int COA_ACK = 44;
    public static final int COA_NAK = 45;

    /** The code's RFC 5176 name, e.g. {@code Disconnect-Request}, or its number. */
    public String codeName() {
        return switch (code) {
            case DISCONNECT_REQUEST -> "Disconnect-Request";
            case COA_REQUEST -> "CoA-Request";
            default -> Integer.toString(code);
        };
    }

    /** Whether it was answered at all. */
    public boolean answered() {
        return answerCode != 0;
    }

    /** Attribute name to decoded values, in order (see {@link Attribute#name} and {@link Attribute#text}). */
    public Map<String, List<String>> attributesByName() {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        attributes.forEach(a -> byName.computeIfAbsent(a.name(), name -> new ArrayList<>()).add(a.text()));
        byName.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(byName);
    }

    /** The first decoded value of the named attribute, or {@code null}. */
    public String value(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Attribute::text).findFirst().orElse(null);
    }

    public String userName() {
        return value("User-Name");
    }

    public String acctSessionId() {
        return value("Acct-Session-Id");
    }

    /** Framed-IP-Address, dotted. */
    public String framedIpAddress() {
        return value("Framed-IP-Address");
    }

    public String callingStationId() {
        return value("Calling-Station-Id");
    }

    /** NAS-IP-Address, dotted. */
    public String nasIpAddress() {
        return value("NAS-IP-Address");
    }

    /** Event-Timestamp (RFC 5176 §3.1 uses it against replays), or {@code null}. */
    public Instant eventTimestamp() {
        String seconds = value("Event-Timestamp");
        return seconds == null ? null : Instant.ofEpochSecond(Long.parseLong(seconds));
    }

    /**
     * One attribute as it came on the wire.
     *
     * @param type  the attribute's type octet
     * @param value its value octets (for Vendor-Specific, the vendor id and the vendor's TLV)
     */
    public record Attribute(int type, byte[] value) {

        private static final int VENDOR_SPECIFIC = 26;
        private static final int MIKROTIK = 14988;
        private static final Map<Integer, String> TEXT = Map.of(1, "User-Name", 18, "Reply-Message", 31,
                "Calling-Station-Id", 30, "Called-Station-Id", 32, "NAS-Identifier", 44, "Acct-Session-Id", 11,
                "Filter-Id");
        private static final Map<Integer, String> ADDRESS = Map.of(4, "NAS-IP-Address", 8, "Framed-IP-Address");
        private static final Map<Integer, String> INTEGER = Map.of(5, "NAS-Port", 27, "Session-Timeout", 28,
                "Idle-Timeout", 55, "Event-Timestamp", 85, "Acct-Interim-Interval", 101, "Error-Cause");
        private static final Map<Integer, String> MIKROTIK_TEXT = Map.of(8, "Mikrotik-Rate-Limit", 3, "Mikrotik-Group");

        /** An integer attribute (four octets, network order), such as Error-Cause. */
        public static Attribute integer(int type, long value) {
            return new Attribute(type, ByteBuffer.allocate(4).putInt((int) value).array());
        }

        /**
         * Its dictionary name for the attributes a hotspot's Disconnect and CoA carry (FreeRADIUS's
         * spelling, so it matches what radclient prints); {@code Attr-<type>} for others.
         */
        public String name() {
            String name = TEXT.getOrDefault(type, ADDRESS.getOrDefault(type, INTEGER.get(type)));
            if (name != null) {
                return name;
            }
            if (type == RadiusPacket.MESSAGE_AUTHENTICATOR) {
                return "Message-Authenticator";
            }
            if (isMikrotik() && MIKROTIK_TEXT.containsKey(value[4] & 0xff)) {
                return MIKROTIK_TEXT.get(value[4] & 0xff);
            }
            return type == VENDOR_SPECIFIC ? "Vendor-Specific" : "Attr-" + type;
        }

        /**
         * Its value decoded by type: text as UTF-8, addresses dotted, integers in decimal
         * (Event-Timestamp in seconds since the epoch), anything else as {@code 0x} and hex.
         */
        public String text() {
            if (TEXT.containsKey(type)) {
                return new String(value, StandardCharsets.UTF_8);
            }
            if (ADDRESS.containsKey(type) && value.length == 4) {
                return (value[0] & 0xff) + "." + (value[1] & 0xff) + "." + (value[2] & 0xff) + "." + (value[3] & 0xff);
            }
            if (INTEGER.containsKey(type) && value.length == 4) {
                return Long.toString(ByteBuffer.wrap(value).getInt() & 0xffffffffL);
            }
            if (isMikrotik() && MIKROTIK_TEXT.containsKey(value[4] & 0xff)) {
                return new String(value, 6, value.length - 6, StandardCharsets.UTF_8);
            }
            return "0x" + HexFormat.of().formatHex(value);
        }

        /** A Vendor-Specific holding exactly one MikroTik sub-attribute. */
        private boolean isMikrotik() {
            return type == VENDOR_SPECIFIC && value.length >= 6 && ByteBuffer.wrap(value).getInt() == MIKROTIK
                    && (value[5] & 0xff) == value.length - 4;
        }
    }
}
