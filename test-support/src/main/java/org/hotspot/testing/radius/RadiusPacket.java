package org.hotspot.testing.radius;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The RADIUS arithmetic TestNas needs, written here from the RFCs rather than borrowed from
 * router-gateway, so that a mistake in the gateway's codec shows up as a failed check instead of
 * being mirrored. No I/O.
 *
 * <ul>
 *   <li>RFC 5176 §2.3: a Disconnect- or CoA-Request's authenticator is
 *       {@code MD5(Code | Identifier | Length | 16 zero octets | Attributes | Secret)}.</li>
 *   <li>RFC 3579 §3.2 with RFC 5176 §3.5: its Message-Authenticator is HMAC-MD5 keyed by the
 *       secret over the packet with the authenticator field and the attribute's value zeroed
 *       (FreeRADIUS computes it that way too).</li>
 *   <li>RFC 2865 §3: a response's authenticator is
 *       {@code MD5(Code | Identifier | Length | Request Authenticator | Attributes | Secret)}, its
 *       Message-Authenticator computed first with the request's authenticator in the field.</li>
 * </ul>
 *
 * @param code          the packet's code
 * @param identifier    the packet's identifier
 * @param authenticator the 16-octet authenticator field as received
 * @param attributes    the attributes in order
 * @param bytes         the packet, exactly Length octets
 */
record RadiusPacket(int code, int identifier, byte[] authenticator, List<NasRequest.Attribute> attributes,
        byte[] bytes) {

    static final int MESSAGE_AUTHENTICATOR = 80;
    private static final int HEADER = 20;

    /**
     * Reads a datagram.
     *
     * @throws IllegalArgumentException if it is not a well-formed RADIUS packet
     */
    static RadiusPacket parse(byte[] datagram, int received) {
        if (received < HEADER) {
            throw new IllegalArgumentException("shorter than a RADIUS header: " + received + " octets");
        }
        int length = ((datagram[2] & 0xff) << 8) | (datagram[3] & 0xff);
        if (length < HEADER || length > received) {
            throw new IllegalArgumentException("Length field " + length + " but " + received + " octets received");
        }
        List<NasRequest.Attribute> attributes = new ArrayList<>();
        for (int at = HEADER; at < length;) {
            int attributeLength = at + 1 < length ? datagram[at + 1] & 0xff : 0;
            if (attributeLength < 2 || at + attributeLength > length) {
                throw new IllegalArgumentException("malformed attribute at octet " + at);
            }
            byte[] value = Arrays.copyOfRange(datagram, at + 2, at + attributeLength);
            attributes.add(new NasRequest.Attribute(datagram[at] & 0xff, value));
            at += attributeLength;
        }
        return new RadiusPacket(datagram[0] & 0xff, datagram[1] & 0xff, Arrays.copyOfRange(datagram, 4, HEADER),
                List.copyOf(attributes), Arrays.copyOf(datagram, length));
    }

    /** Whether the authenticator is the RFC 5176 request authenticator for this secret. */
    boolean requestAuthenticatorValid(byte[] secret) {
        byte[] zeroed = bytes.clone();
        Arrays.fill(zeroed, 4, HEADER, (byte) 0);
        return MessageDigest.isEqual(authenticator, md5(zeroed, secret));
    }

    /** Whether the packet carries a Message-Authenticator. */
    boolean hasMessageAuthenticator() {
        return messageAuthenticatorOffset() >= 0;
    }

    /** Whether the packet's Message-Authenticator is right for this secret; false when absent. */
    boolean messageAuthenticatorValid(byte[] secret) {
        int offset = messageAuthenticatorOffset();
        if (offset < 0) {
            return false;
        }
        byte[] zeroed = bytes.clone();
        Arrays.fill(zeroed, 4, HEADER, (byte) 0);
        Arrays.fill(zeroed, offset, offset + 16, (byte) 0);
        return MessageDigest.isEqual(Arrays.copyOfRange(bytes, offset, offset + 16), hmacMd5(zeroed, secret));
    }

    /** Where the first Message-Authenticator's 16-octet value starts, or -1. */
    private int messageAuthenticatorOffset() {
        for (int at = HEADER; at + 1 < bytes.length; at += bytes[at + 1] & 0xff) {
            if ((bytes[at] & 0xff) == MESSAGE_AUTHENTICATOR && (bytes[at + 1] & 0xff) == 18) {
                return at + 2;
            }
        }
        return -1;
    }

    /**
     * A signed response to the request with {@code requestAuthenticator}: the given attributes
     * followed by a Message-Authenticator, then the Response Authenticator over all of it.
     */
    static byte[] response(int code, int identifier, byte[] requestAuthenticator, List<NasRequest.Attribute> attributes,
            byte[] secret) {
        int length = HEADER + 18 + attributes.stream().mapToInt(a -> 2 + a.value().length).sum();
        ByteBuffer packet = ByteBuffer.allocate(length)
                .put((byte) code).put((byte) identifier).putShort((short) length).put(requestAuthenticator);
        for (NasRequest.Attribute attribute : attributes) {
            packet.put((byte) attribute.type()).put((byte) (2 + attribute.value().length)).put(attribute.value());
        }
        packet.put((byte) MESSAGE_AUTHENTICATOR).put((byte) 18);
        int messageAuthenticator = packet.position();
        byte[] bytes = packet.array();
        System.arraycopy(hmacMd5(bytes, secret), 0, bytes, messageAuthenticator, 16);
        System.arraycopy(md5(bytes, secret), 0, bytes, 4, 16);
        return bytes;
    }

    private static byte[] md5(byte[] packet, byte[] secret) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(packet);
            md5.update(secret);
            return md5.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    private static byte[] hmacMd5(byte[] packet, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(secret, "HmacMD5"));
            return mac.doFinal(packet);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacMD5", e);
        }
    }
}
