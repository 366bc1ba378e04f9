package org.hotspot.voucher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Voucher codes: making them, reading them back as a customer typed them, the keyed lookup value
 * the database stores instead of the code, and the grouped form printed on cards.
 */
public final class VoucherCodes {

    /**
     * Upper-case letters and digits without 0, O, 1, I and L: a code read off a card or spoken over
     * the phone has no look-alike pair, so nothing needs mapping when it is typed back.
     */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 20;
    public static final int DEFAULT_LENGTH = 10;
    public static final int MAX_PREFIX_LENGTH = 8;

    private VoucherCodes() {
    }

    /**
     * A new code: the prefix (upper-cased, may be null or empty) followed by {@code length} symbols
     * drawn independently and uniformly from {@link #ALPHABET}.
     *
     * @throws IllegalArgumentException if length is outside 6..20 or the prefix is not 0..8 of A-Z, 0-9
     */
    public static String generate(SecureRandom random, int length, String prefix) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("code length " + length + " is not " + MIN_LENGTH + " to " + MAX_LENGTH);
        }
        String head = prefix == null ? "" : prefix.toUpperCase(Locale.ROOT);
        if (head.length() > MAX_PREFIX_LENGTH || !head.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("prefix '" + prefix + "' is not up to " + MAX_PREFIX_LENGTH + " letters A-Z and digits");
        }
        StringBuilder code = new StringBuilder(head.length() + length).append(head);
        for (int i = 0; i < length; i++) {
            // nextInt(bound) rejects the top of the range that 31 does not divide, so no symbol is
            // favoured; random.nextInt() % 31 would favour the first symbols slightly, and an
            // attacker guesses the likeliest codes first.
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
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
        StringBuilder code = new StringBuilder(entered.length());
        entered.codePoints()
                .filter(c -> !isSeparator(c))
                .forEach(code::appendCodePoint);
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
        if (hmacKey == null || hmacKey.length == 0) {
            throw new IllegalArgumentException("the lookup HMAC key is empty");
        }
        if (organizationId == null || organizationId.isEmpty() || organizationId.indexOf(':') >= 0) {
            // A colon in the id would let "a:b" + "C" and "a" + "b:C" share a key.
            throw new IllegalArgumentException("organization id '" + organizationId + "' is empty or has a ':'");
        }
        if (normalizedCode == null || normalizedCode.isEmpty()) {
            throw new IllegalArgumentException("voucher code is empty");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
            byte[] digest = mac.doFinal((organizationId + ":" + normalizedCode).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256; reaching this is a broken JDK.
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /**
     * The code as printed on a card: dash-separated groups of {@code group} symbols counted from the
     * left, the last possibly shorter ({@code ABCD-EFGH-JK}). Dashes are what {@link #normalize}
     * removes, so a customer may type the printed form as it is. A group of 0 prints the code whole.
     */
    public static String display(String code, int group) {
        if (group < 0) {
            throw new IllegalArgumentException("group size " + group + " is negative");
        }
        if (code == null || group == 0 || code.length() <= group) {
            return code;
        }
        StringBuilder out = new StringBuilder(code.length() + code.length() / group);
        for (int i = 0; i < code.length(); i += group) {
            if (i > 0) {
                out.append('-');
            }
            out.append(code, i, Math.min(code.length(), i + group));
        }
        return out.toString();
    }

    private static boolean isSeparator(int c) {
        return c == '-' || c == '_' || c == '.'
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION;
    }
}
