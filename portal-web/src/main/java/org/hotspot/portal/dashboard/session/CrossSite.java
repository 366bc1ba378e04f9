package org.hotspot.portal.dashboard.session;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether an unsafe request comes from another site: browsers say so in {@code Sec-Fetch-Site}
 * (anything but {@code same-origin}, or {@code none} for what the user typed), and older ones in
 * {@code Origin} (another host, or {@code null} from a sandboxed frame). Clients that send neither
 * (curl, a service) pass here; the CSRF token still stops them without the session's token.
 */
public final class CrossSite {

    private CrossSite() {
    }

    public static boolean isCrossSite(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            URI uri = URI.create(origin.trim());
            return host == null || uri.getAuthority() == null
                    || !uri.getAuthority().toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
