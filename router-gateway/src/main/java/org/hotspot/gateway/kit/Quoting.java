package org.hotspot.gateway.kit;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Puts values an operator or a setting supplied into the kit's pages and script without changing their meaning. */
final class Quoting {

    private Quoting() {
    }

    /** Text for an HTML attribute value or element content ({@code &} first, so the entities written after it are not escaped again). */
    static String html(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /**
     * A RouterOS string literal. Inside double quotes RouterOS reads {@code $} as a variable and
     * {@code \} as an escape, so both are escaped, as is the quote; anything but printable ASCII
     * (a line break would end the command and start another) is written as {@code \XX} bytes of its
     * UTF-8 form, which RouterOS reads back as the same bytes.
     */
    static String routerOs(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int octet = b & 0xFF;
            if (octet == '"' || octet == '\\' || octet == '$' || octet == '?') {
                out.append('\\').append((char) octet);
            } else if (octet < 0x20 || octet > 0x7E) {
                out.append('\\').append(String.format(Locale.ROOT, "%02X", octet));
            } else {
                out.append((char) octet);
            }
        }
        return out.append('"').toString();
    }
}
