package org.hotspot.portal.dashboard.session;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether an unsafe request comes from another site. Browsers that send {@code Sec-Fetch-Site} are
 * taken at their word: anything but {@code same-origin} (or {@code none}, what the user typed) is
 * another site's. Older ones are judged by {@code Origin}, another host being another site's. An
 * {@code Origin} of {@code null} decides nothing: our pages' {@code Referrer-Policy: no-referrer}
 * makes browsers send exactly that on their own same-origin form posts. Clients that send neither
 * header (curl, a service) pass here; the CSRF token still stops whoever lacks the session's token,
 * and the SameSite=Strict cookie keeps another site's requests from carrying a session at all.
 */
public final class CrossSite {

    private CrossSite() {
    }

    public static boolean isCrossSite(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.trim().equals("null")) {
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
