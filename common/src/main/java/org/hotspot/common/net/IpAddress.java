package org.hotspot.common.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** IP address literals, parsed without ever asking DNS: text from headers is never a name to resolve. */
public final class IpAddress {

    private static final Pattern V4 =
            Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?::\\d{1,5})?");
    private static final Pattern V6 =
            Pattern.compile("\\[?([0-9a-fA-F:.]*:[0-9a-fA-F:.]*)](?::\\d{1,5})?|([0-9a-fA-F:.]*:[0-9a-fA-F:.]*)");

    private IpAddress() {
    }

    /** The address's bytes (4 or 16), or null when the text is no IP literal. A port after it is ignored. */
    public static byte[] parse(String text) {
        if (text == null || text.length() > 64) {
            return null;
        }
        String trimmed = text.trim();
        Matcher v4 = V4.matcher(trimmed);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    return null;
                }
                bytes[i] = (byte) octet;
            }
            return bytes;
        }
        Matcher v6 = V6.matcher(trimmed);
        if (v6.matches()) {
            String literal = v6.group(1) != null ? v6.group(1) : v6.group(2);
            try {
                // In brackets Java takes it as an IPv6 literal or fails; it never looks the text up.
                return InetAddress.getByName("[" + literal + "]").getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }

    /** The literal in one canonical form (so one client is one throttle key), or null when it is none. */
    public static String normalize(String text) {
        byte[] bytes = parse(text);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
