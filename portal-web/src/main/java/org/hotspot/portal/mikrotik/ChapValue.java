package org.hotspot.portal.mikrotik;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * MikroTik writes {@code $(chap-id)} and {@code $(chap-challenge)} for a JavaScript string literal:
 * every octet as a three-digit octal escape ({@code \371\002...}). Sent on as form fields they arrive
 * with the backslashes literal, and must be turned back into octets before hashing. A plain
 * character (some RouterOS versions leave printable octets unescaped) stands for itself.
 */
public final class ChapValue {

    /** RFC 1994 allows any length; a MikroTik challenge is 16 octets. Far more is not a router's. */
    static final int MAX_OCTETS = 255;

    private ChapValue() {
    }

    /** The octets, or empty when the text is not such a value (a stray backslash, a digit past 7, too long). */
    public static Optional<byte[]> unescape(String escaped) {
        if (escaped == null || escaped.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream octets = new ByteArrayOutputStream(escaped.length() / 4 + 1);
        int i = 0;
        while (i < escaped.length()) {
            char c = escaped.charAt(i);
            if (c == '\\') {
                if (i + 4 > escaped.length()) {
                    return Optional.empty();
                }
                int value = octal(escaped, i + 1);
                if (value < 0) {
                    return Optional.empty();
                }
                octets.write(value);
                i += 4;
            } else if (c >= 0x20 && c < 0x7f) {
                octets.write(c);
                i++;
            } else {
                return Optional.empty();
            }
            if (octets.size() > MAX_OCTETS) {
                return Optional.empty();
            }
        }
        return Optional.of(octets.toByteArray());
    }

    /** Three octal digits at {@code from} as one octet, or -1. */
    private static int octal(String text, int from) {
        int value = 0;
        for (int i = from; i < from + 3; i++) {
            char digit = text.charAt(i);
            if (digit < '0' || digit > '7') {
                return -1;
            }
            value = value * 8 + (digit - '0');
        }
        return value > 0xff ? -1 : value;
    }
}
