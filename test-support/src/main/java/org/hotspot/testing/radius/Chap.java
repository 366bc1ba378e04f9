package org.hotspot.testing.radius;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A CHAP login as a MikroTik hotspot sends it (RFC 1994 via RFC 2865 §2.2): the router never sends
 * the password, only {@code MD5(id | password | challenge)}, so a server can check it only if it
 * kept the password. Gives radclient the two attribute lines, which it passes through as written.
 *
 * @param id        the CHAP identifier, 0 to 255
 * @param challenge the challenge the router made up
 * @param response  {@code MD5(id | password | challenge)}
 */
public record Chap(int id, byte[] challenge, byte[] response) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A login with {@code password} against a fresh random 16-octet challenge and identifier. The
     * identifier is below 32 because radclient takes a CHAP-Password whose 17 octets are all 32 or
     * more for a cleartext password and CHAP-encodes it again (radclient.c, "already_hex"): with a
     * random identifier that happened to one login in ten.
     */
    public static Chap of(String password) {
        byte[] challenge = new byte[16];
        RANDOM.nextBytes(challenge);
        return of(password, RANDOM.nextInt(32), challenge);
    }

    /** A login with {@code password} against a given challenge and identifier (for fixed vectors). */
    public static Chap of(String password, int id, byte[] challenge) {
        if (id < 0 || id > 255) {
            throw new IllegalArgumentException("CHAP id is one octet, was " + id);
        }
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((byte) id);
            md5.update(password.getBytes(StandardCharsets.UTF_8));
            md5.update(challenge);
            return new Chap(id, challenge.clone(), md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    /** {@code CHAP-Password = 0x<id><response>}: the identifier octet, then the 16-octet response. */
    public String passwordLine() {
        return "CHAP-Password = 0x" + HexFormat.of().toHexDigits((byte) id) + HexFormat.of().formatHex(response);
    }

    /** {@code CHAP-Challenge = 0x<challenge>}. */
    public String challengeLine() {
        return "CHAP-Challenge = 0x" + HexFormat.of().formatHex(challenge);
    }
}
