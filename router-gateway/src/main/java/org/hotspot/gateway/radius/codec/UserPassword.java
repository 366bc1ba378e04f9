package org.hotspot.gateway.radius.codec;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The hidden User-Password of RFC 2865 §5.2: the password, padded to a multiple of 16 octets, XORed
 * with a chain of MD5(secret + previous block), the first over the Request Authenticator.
 */
public final class UserPassword {

    /** RFC 2865 §5.2: at most 128 octets. */
    public static final int MAX = 128;

    private UserPassword() {
    }

    public static byte[] hide(byte[] password, byte[] secret, byte[] requestAuthenticator) {
        if (password.length > MAX) {
            throw new IllegalArgumentException("a User-Password holds at most 128 octets");
        }
        int blocks = Math.max(1, (password.length + 15) / 16);
        byte[] out = Arrays.copyOf(password, blocks * 16);
        byte[] previous = requestAuthenticator;
        for (int block = 0; block < blocks; block++) {
            byte[] mask = Authenticators.md5(secret, previous, new byte[0]);
            for (int i = 0; i < 16; i++) {
                out[block * 16 + i] ^= mask[i];
            }
            previous = Arrays.copyOfRange(out, block * 16, block * 16 + 16);
        }
        return out;
    }

    /**
     * The password, with the padding NULs removed; null when the value is not a whole number of
     * 16-octet blocks between 16 and 128 octets, which no honest client sends.
     */
    public static byte[] reveal(byte[] hidden, byte[] secret, byte[] requestAuthenticator) {
        if (hidden.length < 16 || hidden.length > MAX || hidden.length % 16 != 0) {
            return null;
        }
        byte[] out = new byte[hidden.length];
        byte[] previous = requestAuthenticator;
        for (int block = 0; block < hidden.length / 16; block++) {
            byte[] mask = Authenticators.md5(secret, previous, new byte[0]);
            for (int i = 0; i < 16; i++) {
                out[block * 16 + i] = (byte) (hidden[block * 16 + i] ^ mask[i]);
            }
            previous = Arrays.copyOfRange(hidden, block * 16, block * 16 + 16);
        }
        int end = out.length;
        while (end > 0 && out[end - 1] == 0) {
            end--;
        }
        return Arrays.copyOf(out, end);
    }

    /** Whether the hidden value is this password, compared in constant time. */
    public static boolean matches(byte[] hidden, byte[] password, byte[] secret, byte[] requestAuthenticator) {
        byte[] revealed = reveal(hidden, secret, requestAuthenticator);
        return revealed != null && MessageDigest.isEqual(revealed, password);
    }
}
