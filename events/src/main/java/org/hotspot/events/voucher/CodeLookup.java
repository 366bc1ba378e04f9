package org.hotspot.events.voucher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a code as a customer entered it becomes the key a voucher is found by, in the database and in
 * Redis: voucher-service and router-gateway must agree on it to the bit, so it is defined once here.
 */
public final class CodeLookup {

    private CodeLookup() {
    }

    /**
     * What a customer typed, made comparable with a stored code: upper case, with spaces
     * (including no-break spaces phones insert), dashes of any kind, underscores and dots removed.
     * Nothing else is changed: an O stays an O and simply matches no code.
     *
     * @return null when nothing but separators was entered
     */
    public static String normalize(String entered) {
        if (entered == null) {
            return null;
        }
        // A loop rather than a stream of code points: every login passes here.
        StringBuilder code = new StringBuilder(entered.length());
        for (int i = 0; i < entered.length();) {
            int c = entered.codePointAt(i);
            if (!isSeparator(c)) {
                code.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        // Locale.ROOT: under a Turkish default locale "i".toUpperCase() is a dotted İ, not I.
        return code.isEmpty() ? null : code.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * The value a voucher is stored and found by: HMAC-SHA256 over {@code organizationId:code}, as
     * 64 lower-case hex digits. The organization is inside the MAC so one code in two organizations
     * gives two unrelated keys, and without the HMAC key a database dump cannot be searched for codes
     * even by trying all 31^10 of them.
     *
     * @param normalizedCode a code as {@link #normalize} returns it
     */
    public static String lookupKey(byte[] hmacKey, String organizationId, String normalizedCode) {
        return lookupKey(keyedMac(hmacKey), organizationId, normalizedCode);
    }

    /**
     * {@link #lookupKey(byte[], String, String)} with a MAC keyed once by {@link #keyedMac}: looking up
     * and keying a JCE MAC per call costs more than the HMAC itself, which a RADIUS server answering
     * thousands of logins a second notices. A {@link Mac} is not thread-safe: one per thread.
     */
    public static String lookupKey(Mac keyed, String organizationId, String normalizedCode) {
        if (organizationId == null || organizationId.isEmpty() || organizationId.indexOf(':') >= 0) {
            // A colon in the id would let "a:b" + "C" and "a" + "b:C" share a key.
            throw new IllegalArgumentException("organization id '" + organizationId + "' is empty or has a ':'");
        }
        if (normalizedCode == null || normalizedCode.isEmpty()) {
            throw new IllegalArgumentException("voucher code is empty");
        }
        byte[] digest = keyed.doFinal((organizationId + ":" + normalizedCode).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /** An HmacSHA256 keyed with the lookup key, for {@link #lookupKey(Mac, String, String)}. */
    public static Mac keyedMac(byte[] hmacKey) {
        if (hmacKey == null || hmacKey.length == 0) {
            throw new IllegalArgumentException("the lookup HMAC key is empty");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256; reaching this is a broken JDK.
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static boolean isSeparator(int c) {
        return c == '-' || c == '_' || c == '.'
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION;
    }
}
