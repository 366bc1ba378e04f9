package org.hotspot.voucher;

import java.security.SecureRandom;
import java.util.Locale;
import org.hotspot.events.voucher.CodeLookup;

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
        if (head.length() > MAX_PREFIX_LENGTH
                || !head.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(
                    "prefix '" + prefix + "' is not up to " + MAX_PREFIX_LENGTH + " letters A-Z and digits");
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

    /** See {@link CodeLookup#normalize}: shared with router-gateway, which reads the same codes off RADIUS. */
    public static String normalize(String entered) {
        return CodeLookup.normalize(entered);
    }

    /** See {@link CodeLookup#lookupKey}. */
    public static String lookupKey(byte[] hmacKey, String organizationId, String normalizedCode) {
        return CodeLookup.lookupKey(hmacKey, organizationId, normalizedCode);
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
}
