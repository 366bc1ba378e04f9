package org.hotspot.portal.mikrotik;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The password field of a CHAP login to a MikroTik hotspot (RFC 1994 §4.1): the lower-case hex of
 * {@code MD5(identifier ‖ secret ‖ challenge)}, what the router's own {@code md5.js} computes as
 * {@code hexMD5(chap-id + password + chap-challenge)}. Computed here on the server, so the login
 * works without JavaScript and the page loads no hashing script.
 */
public final class ChapResponse {

    private ChapResponse() {
    }

    /**
     * @param identifier the unescaped {@code chap-id}: one octet
     * @param secret     the normalized voucher code
     * @param challenge  the unescaped {@code chap-challenge}
     */
    public static String of(byte[] identifier, String secret, byte[] challenge) {
        if (identifier.length != 1) {
            throw new IllegalArgumentException("a CHAP identifier is one octet, was " + identifier.length);
        }
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(identifier);
            md5.update(secret.getBytes(StandardCharsets.UTF_8));
            md5.update(challenge);
            return HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
