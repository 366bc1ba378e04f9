package org.hotspot.testing.mikrotik;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The CHAP identifier and challenge a MikroTik puts in each login page it serves, written into the
 * page as RouterOS writes them: every octet as a backslash and three octal digits ({@code \371}),
 * ready for a JavaScript string literal; a form field carries the backslashes literally. No I/O.
 *
 * @param id        the CHAP identifier; below 32, because radclient takes a CHAP-Password whose
 *                  17 octets are all 32 or more for a cleartext password (see
 *                  {@link org.hotspot.testing.radius.Chap#of(String)})
 * @param challenge the 16 octets the router made up for this page
 */
public record PageChallenge(int id, byte[] challenge) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public PageChallenge {
        if (id < 0 || id > 255) {
            throw new IllegalArgumentException("CHAP id is one octet, was " + id);
        }
        challenge = challenge.clone();
    }

    /** A fresh identifier and challenge, as every page the router serves gets. */
    public static PageChallenge fresh() {
        byte[] challenge = new byte[16];
        RANDOM.nextBytes(challenge);
        return new PageChallenge(RANDOM.nextInt(32), challenge);
    }

    /** {@code $(chap-id)}: the identifier octal-escaped. */
    public String escapedId() {
        return octal(new byte[] {(byte) id});
    }

    /** {@code $(chap-challenge)}: the challenge octal-escaped. */
    public String escapedChallenge() {
        return octal(challenge);
    }

    /** Every octet as {@code \ooo}, as RouterOS writes chap-id and chap-challenge. */
    public static String octal(byte[] octets) {
        StringBuilder escaped = new StringBuilder(octets.length * 4);
        for (byte octet : octets) {
            escaped.append(String.format(Locale.ROOT, "\\%03o", octet & 0xff));
        }
        return escaped.toString();
    }

    /** radclient's {@code CHAP-Password} line: this identifier, then the 16-octet response posted in hex. */
    public String passwordLine(String responseHex) {
        return "CHAP-Password = 0x" + HexFormat.of().toHexDigits((byte) id) + responseHex.toLowerCase(Locale.ROOT);
    }

    /** radclient's {@code CHAP-Challenge} line. */
    public String challengeLine() {
        return "CHAP-Challenge = 0x" + HexFormat.of().formatHex(challenge);
    }

    @Override
    public byte[] challenge() {
        return challenge.clone();
    }
}
