package org.hotspot.session.usage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A session's field name in documents that keep something per session (a voucher's ledger): a hash,
 * because session keys hold characters (dots, dollars) that field names must not.
 *
 * @param field 16 hex digits (64 bits: a collision among one voucher's sessions is vanishingly unlikely)
 */
public record SessionHash(String field) {

    public static SessionHash of(String sessionKey) {
        byte[] digest = sha256(sessionKey.getBytes(StandardCharsets.UTF_8));
        return new SessionHash(HexFormat.of().formatHex(digest, 1, 9));
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
