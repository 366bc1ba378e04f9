package org.hotspot.portal.dashboard;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 codes as an authenticator app computes them from a base32 secret (SHA-1, 6 digits, 30 s). */
public final class Totp {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {
    }

    /** The code {@code stepsFromNow} time steps from now (-1: the last one, +1: the next). */
    public static String code(String secret, int stepsFromNow) {
        long step = Instant.now().getEpochSecond() / 30 + stepsFromNow;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int at = hash[hash.length - 1] & 0xf;
            int value = ByteBuffer.wrap(hash, at, Integer.BYTES).getInt() & 0x7fffffff;
            return String.format(Locale.ROOT, "%06d", value % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String secret) {
        String letters = secret.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        ByteBuffer bytes = ByteBuffer.allocate(letters.length() * 5 / 8);
        long bits = 0;
        int count = 0;
        for (char letter : letters.toCharArray()) {
            bits = bits << 5 | ALPHABET.indexOf(letter);
            count += 5;
            if (count >= 8) {
                count -= 8;
                bytes.put((byte) (bits >> count));
            }
        }
        return bytes.array();
    }
}
