package org.hotspot.events.voucher;

import java.util.Locale;

/**
 * Who asks to go online with a voucher: the router (NAS) and its site, the device's MAC and IP, and
 * the session the router will open. The code itself is resolved to a voucher before deciding.
 *
 * @param mac the Calling-Station-Id, in any of the usual notations; null when the router sent none
 */
public record AccessRequest(String nasId, String site, String mac, String ip, String sessionId) {

    public AccessRequest {
        mac = normalizeMac(mac);
    }

    /**
     * {@code AA:BB:CC:DD:EE:FF} from the notations routers use ({@code aa-bb-cc-dd-ee-ff},
     * {@code aabb.ccdd.eeff}, {@code AABBCCDDEEFF}); anything that is not 12 hex digits is kept
     * upper-cased as it came, so that it still compares equal to itself.
     */
    public static String normalizeMac(String mac) {
        if (mac == null || mac.isBlank()) {
            return null;
        }
        String hex = mac.replaceAll("[^0-9A-Fa-f]", "");
        if (hex.length() != 12 || mac.replaceAll("[-:. ]", "").length() != 12) {
            return mac.trim().toUpperCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex, i, i + 2);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
