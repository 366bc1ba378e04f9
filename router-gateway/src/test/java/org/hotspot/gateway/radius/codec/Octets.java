package org.hotspot.gateway.radius.codec;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.HexFormat;

/** Test shorthands for octet strings written the way the RFCs print them. */
final class Octets {

    private Octets() {
    }

    /** Hex digits, with any whitespace between them (RFC dumps are in groups of two). */
    static byte[] hex(String digits) {
        return HexFormat.of().parseHex(digits.replaceAll("\\s+", ""));
    }

    static String hex(byte[] octets) {
        return HexFormat.of().formatHex(octets);
    }

    static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }
}
