package org.hotspot.keys;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random key material, the one place it is drawn: keys for HMAC and AES, keyrings of one key, bearer
 * tokens, and passwords a person may have to type. (Nonces and salts are drawn where they are used.)
 * Thread-safe.
 */
public final class KeyMaterial {

    /** The size of every HMAC and AES-256 key our services take. */
    public static final int KEY_BYTES = 32;
    /** No 0/O, 1/l/I: a generated password may be read off a terminal and typed. */
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMaterial() {
    }

    /** A new random key of {@link #KEY_BYTES}, base64. */
    public static String newKey() {
        return Base64.getEncoder().encodeToString(newBytes(KEY_BYTES));
    }

    /** A keyring ({@code id:base64[,id:base64...]}) of one new key, for a first start with none configured. */
    public static String newKeyring(String id) {
        return id + ":" + newKey();
    }

    /** A new random token of so many bytes, base64url without padding: no quote, backslash or padding to escape. */
    public static String newToken(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(newBytes(bytes));
    }

    /** A new random password of letters and digits that cannot be mistaken for one another. */
    public static String newPassword(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** So many new random bytes, for a key its user encodes its own way. */
    public static byte[] newBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
