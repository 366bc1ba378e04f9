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
        // Every login carries a MAC: a loop, not a regular expression compiled per call.
        StringBuilder out = new StringBuilder(17);
        int digits = 0;
        for (int i = 0; i < mac.length(); i++) {
            char c = mac.charAt(i);
            if (Character.digit(c, 16) >= 0 && c < 128) {
                if (++digits > 12) {
                    break;
                }
                if (digits > 1 && digits % 2 == 1) {
                    out.append(':');
                }
                out.append(c);
            } else if (c != '-' && c != ':' && c != '.' && c != ' ') {
                digits = -1;
                break;
            }
        }
        if (digits != 12) {
            return mac.trim().toUpperCase(Locale.ROOT);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
