package org.hotspot.portal.mikrotik;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Whether a URL the browser brought ({@code link-login-only}, {@code link-logout}) is the router's
 * own. The portal posts the customer's code there: were any host accepted, a forged entry link
 * would have the portal hand codes to an attacker's server. Accepted: scheme http or https, no user
 * info, and a host[:port] equal to the router's hotspot DNS name or its NAS address.
 */
public final class RouterLink {

    private RouterLink() {
    }

    /**
     * @param link           the URL as the browser sent it
     * @param hotspotDnsName the router's hotspot {@code dns-name}, with an optional {@code :port}; may be null
     * @param nasIp          the router's registered address; may be null
     */
    public static boolean pointsAt(String link, String hotspotDnsName, String nasIp) {
        URI uri = parse(link);
        if (uri == null || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getScheme() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        String authority = uri.getPort() < 0 ? host(uri) : host(uri) + ":" + uri.getPort();
        return Stream.of(hotspotDnsName, nasIp)
                .filter(Objects::nonNull)
                .map(allowed -> allowed.trim().toLowerCase(Locale.ROOT))
                .anyMatch(authority::equals);
    }

    private static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static URI parse(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return new URI(link.trim());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
