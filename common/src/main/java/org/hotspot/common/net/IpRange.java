package org.hotspot.common.net;

import java.util.ArrayList;
import java.util.List;

/** A CIDR block ({@code 10.0.0.0/8}, {@code fd00::/8}) or one address, matched byte by byte. */
public record IpRange(byte[] network, int prefix) {

    /**
     * Every entry of a comma-separated list that is a CIDR, an address or {@code localhost};
     * names are skipped, as matching them would mean a DNS query per request.
     */
    public static List<IpRange> parseAll(String text) {
        List<IpRange> ranges = new ArrayList<>();
        for (String entry : text.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.equalsIgnoreCase("localhost")) {
                ranges.add(parse("127.0.0.1/32"));
                ranges.add(parse("::1/128"));
                continue;
            }
            IpRange range = parse(trimmed);
            if (range != null) {
                ranges.add(range);
            }
        }
        return List.copyOf(ranges);
    }

    /** The range, or null when the text is none. */
    public static IpRange parse(String text) {
        int slash = text.indexOf('/');
        byte[] address = IpAddress.parse(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            return null;
        }
        int prefix = address.length * 8;
        if (slash >= 0) {
            String bits = text.substring(slash + 1);
            if (!bits.matches("\\d{1,3}") || Integer.parseInt(bits) > prefix) {
                return null;
            }
            prefix = Integer.parseInt(bits);
        }
        return new IpRange(address, prefix);
    }

    /** Whether the address (a literal) lies in this range. */
    public boolean contains(String address) {
        byte[] bytes = IpAddress.parse(address);
        if (bytes == null || bytes.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
