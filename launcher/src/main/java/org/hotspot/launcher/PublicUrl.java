package org.hotspot.launcher;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;

/**
 * The portal-web address phones open, which QR codes on cards point at: {@code HOTSPOT_PUBLIC_URL}
 * when set (a name, a reverse proxy, HTTPS), else derived from where portal-web listens.
 *
 * @param base     the portal's root, without a trailing slash
 * @param explicit whether {@code HOTSPOT_PUBLIC_URL} gave it
 * @param guessed  whether it is one address picked among several (listening on all of them)
 */
record PublicUrl(String base, boolean explicit, boolean guessed) {

    static final String VARIABLE = "HOTSPOT_PUBLIC_URL";

    static PublicUrl resolve(Settings settings, Listen listen, int portalPort) {
        return settings.value(VARIABLE)
                .map(PublicUrl::explicit)
                .orElseGet(() -> derived(listen, portalPort));
    }

    /** Where QR codes point: the captive portal's page for a scanned card. */
    String portal() {
        return base + "/portal";
    }

    private static PublicUrl explicit(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
                || uri.getUserInfo() != null) {
            throw LauncherException.badSetting(VARIABLE + " must be the http(s) address phones open portal-web at,"
                    + " such as http://192.168.88.10:8080, not '" + value + "'");
        }
        String base = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        return new PublicUrl(base, true, false);
    }

    private static PublicUrl derived(Listen listen, int portalPort) {
        if (!listen.all()) {
            return new PublicUrl(url(listen.address(), portalPort), false, false);
        }
        List<InetAddress> candidates = listen.reachableAt();
        // A private IPv4 address is what a phone on the hotspot's LAN most likely reaches.
        return candidates.stream()
                .min(Comparator.comparing((InetAddress a) -> !(a instanceof Inet4Address))
                        .thenComparing(a -> !a.isSiteLocalAddress()))
                .map(address -> new PublicUrl(url(address, portalPort), false, candidates.size() > 1))
                .orElseGet(() -> new PublicUrl("http://127.0.0.1:" + portalPort, false, true));
    }

    static String url(InetAddress address, int port) {
        return "http://" + Listen.urlHost(address) + ":" + port;
    }
}
