package org.hotspot.gateway.radius.codec;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authenticators that prove a packet came from the holder of the shared secret: the Response
 * Authenticator (RFC 2865 §3), the Request Authenticator of Accounting-, Disconnect- and CoA-Requests
 * (RFC 2866 §3, RFC 5176 §2.3), and the Message-Authenticator, an HMAC-MD5 over the whole packet
 * (RFC 3579 §3.2) that is the only integrity check an Access-Request has; without it the packet is
 * open to the BlastRADIUS forgery, hence the servers' demand for it and its place as the first
 * attribute of every answer.
 */
public final class Authenticators {

    /** The outcome of checking a received packet. */
    public enum Check {
        VALID,
        /** The Request or Response Authenticator does not match: another secret, or a forgery. */
        BAD_AUTHENTICATOR,
        /** The Message-Authenticator is present but does not match, is not 16 octets, or appears twice. */
        BAD_MESSAGE_AUTHENTICATOR
    }

    private static final byte[] ZEROS = new byte[16];
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    });
    private static final ThreadLocal<KeyedMac> HMAC_MD5 = ThreadLocal.withInitial(() -> {
        try {
            return new KeyedMac(Mac.getInstance("HmacMD5"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacMD5 is part of every Java runtime", e);
        }
    });

    private Authenticators() {
    }

    /**
     * Signs an encoded request in place. Accounting-, Disconnect- and CoA-Requests get their
     * Message-Authenticator (if the packet has one) over a zero Request Authenticator, then the
     * Request Authenticator itself; an Access-Request or Status-Server keeps the random
     * authenticator it was built with and gets only the Message-Authenticator.
     */
    public static void signRequest(byte[] packet, byte[] secret) {
        boolean signed = Codes.hasSignedRequestAuthenticator(packet[0] & 0xFF);
        if (signed) {
            System.arraycopy(ZEROS, 0, packet, 4, 16);
        }
        fillMessageAuthenticator(packet, secret);
        if (signed) {
            System.arraycopy(md5(packet, secret), 0, packet, 4, 16);
        }
    }

    /**
     * Signs an encoded answer in place: the Message-Authenticator (if the packet has one) and the
     * Response Authenticator, both over the request's authenticator.
     */
    public static void signResponse(byte[] packet, byte[] requestAuthenticator, byte[] secret) {
        System.arraycopy(requestAuthenticator, 0, packet, 4, 16);
        fillMessageAuthenticator(packet, secret);
        System.arraycopy(md5(packet, secret), 0, packet, 4, 16);
    }

    /** Checks a received request: its Request Authenticator where it is signed, and any Message-Authenticator. */
    public static Check checkRequest(RadiusPacket request, byte[] secret) {
        byte[] raw = request.rawUnsafe().clone();
        if (Codes.hasSignedRequestAuthenticator(request.code())) {
            System.arraycopy(ZEROS, 0, raw, 4, 16);
            if (!MessageDigest.isEqual(md5(raw, secret), request.authenticator())) {
                return Check.BAD_AUTHENTICATOR;
            }
        }
        return checkMessageAuthenticator(raw, secret);
    }

    /** Checks a received answer to a request that had this authenticator. */
    public static Check checkResponse(RadiusPacket response, byte[] requestAuthenticator, byte[] secret) {
        byte[] raw = response.rawUnsafe().clone();
        System.arraycopy(requestAuthenticator, 0, raw, 4, 16);
        if (!MessageDigest.isEqual(md5(raw, secret), response.authenticator())) {
            return Check.BAD_AUTHENTICATOR;
        }
        return checkMessageAuthenticator(raw, secret);
    }

    /** Whether the packet carries a Message-Authenticator at all. */
    public static boolean hasMessageAuthenticator(RadiusPacket packet) {
        return packet.has(Attributes.MESSAGE_AUTHENTICATOR);
    }

    /** {@code raw} holds the authenticator field the HMAC is computed over; it is changed. */
    private static Check checkMessageAuthenticator(byte[] raw, byte[] secret) {
        int at = messageAuthenticatorOffset(raw);
        if (at == -1) {
            return Check.VALID;
        }
        if (at < 0) {
            return Check.BAD_MESSAGE_AUTHENTICATOR;
        }
        byte[] received = Arrays.copyOfRange(raw, at, at + 16);
        System.arraycopy(ZEROS, 0, raw, at, 16);
        return MessageDigest.isEqual(hmacMd5(raw, secret), received) ? Check.VALID : Check.BAD_MESSAGE_AUTHENTICATOR;
    }

    private static void fillMessageAuthenticator(byte[] packet, byte[] secret) {
        int at = messageAuthenticatorOffset(packet);
        if (at == -2) {
            throw new IllegalArgumentException("a Message-Authenticator must be 16 octets and appear once");
        }
        if (at >= 0) {
            System.arraycopy(ZEROS, 0, packet, at, 16);
            System.arraycopy(hmacMd5(packet, secret), 0, packet, at, 16);
        }
    }

    /**
     * Where the Message-Authenticator's value starts; -1 when there is none, -2 when it is not 16
     * octets or appears more than once (RFC 3579 §3.2 allows one).
     */
    static int messageAuthenticatorOffset(byte[] packet) {
        int length = Math.min(packet.length, (packet[2] & 0xFF) << 8 | (packet[3] & 0xFF));
        int found = -1;
        for (int at = RadiusPacket.HEADER; at + 1 < length && (packet[at + 1] & 0xFF) >= 2;
                at += packet[at + 1] & 0xFF) {
            if ((packet[at] & 0xFF) == Attributes.MESSAGE_AUTHENTICATOR) {
                if (found != -1 || (packet[at + 1] & 0xFF) != 18) {
                    return -2;
                }
                found = at + 2;
            }
        }
        return found;
    }

    static byte[] md5(byte[] packet, byte[] secret) {
        MessageDigest md5 = MD5.get();
        md5.update(packet);
        return md5.digest(secret);
    }

    static byte[] md5(byte[] first, byte[] second, byte[] third) {
        MessageDigest md5 = MD5.get();
        md5.update(first);
        md5.update(second);
        return md5.digest(third);
    }

    private static byte[] hmacMd5(byte[] packet, byte[] secret) {
        return HMAC_MD5.get().keyedWith(secret).doFinal(packet);
    }

    /**
     * A thread's HMAC-MD5 and the secret it was last keyed with: a router's secret stays the same
     * from one packet to the next, and keying the MAC for every packet (a key object, the pads) cost
     * every login allocation and time. doFinal leaves the MAC keyed as it was.
     */
    private static final class KeyedMac {

        private final Mac mac;
        private byte[] key;

        KeyedMac(Mac mac) {
            this.mac = mac;
        }

        Mac keyedWith(byte[] secret) {
            // Never compared with null: Jazzer's hook on array comparisons crashes the JVM on a null array.
            if (key == null || !MessageDigest.isEqual(key, secret)) {
                key = null; // a failed init may leave the MAC keyed with nothing usable
                try {
                    mac.init(new SecretKeySpec(secret, "HmacMD5"));
                } catch (InvalidKeyException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("an empty RADIUS secret", e);
                }
                key = secret.clone();
            }
            return mac;
        }
    }
}
