package org.hotspot.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hotspot.portal.client.Hotspot;
import org.hotspot.portal.client.RouterPortal;
import org.hotspot.portal.config.PortalConfig;

/** The URLs the pages link and post to, the portal's own and the router's. */
@ApplicationScoped
class PortalLinks {

    private final String publicUrl;
    private final URI publicPortal;

    PortalLinks(PortalConfig config) {
        this.publicUrl =
                config.publicUrl().endsWith("/") ? config.publicUrl().substring(0, config.publicUrl().length() - 1)
                        : config.publicUrl();
        this.publicPortal = URI.create(publicUrl + "/portal");
    }

    /** The router's entry page in another language, with the router's variables. */
    Function<String, String> entry(RouterEntry entry) {
        String query = entry.query();
        return tag -> "/portal?" + (query.isEmpty() ? "" : query + "&") + "lang=" + tag;
    }

    /** Where the router sends the browser after a login: absolute, since the router redirects to it. */
    String online(String statusToken, String routerId, String lang) {
        return publicUrl + "/portal/online?" + statusQuery(statusToken, routerId) + "&lang=" + lang;
    }

    /** A voucher's status page, as {@code page} ({@code online} or {@code status}), in a language. */
    Function<String, String> status(String page, String statusToken, String routerId) {
        return tag -> "/portal/" + page + "?" + statusQuery(statusToken, routerId) + "&lang=" + tag;
    }

    /** What a QR code's trip through the router comes back to. */
    String qrReturn(String token) {
        return publicUrl + "/portal?v=" + RouterEntry.encode(token);
    }

    /** The router's login URL, which brings the browser back to {@code dst} with the router's variables. */
    static URI routerLogin(Hotspot hotspot, String dst) {
        return URI.create("http://" + hotspot.hotspotDnsName() + "/login?dst=" + RouterEntry.encode(dst));
    }

    /** The router's logout URL; null when neither its DNS name nor its address is known. */
    static String logout(RouterPortal router) {
        String host = router.hotspotDnsName() != null ? router.hotspotDnsName() : router.nasIp();
        return host == null ? null : "http://" + host + "/logout";
    }

    /**
     * The QR token in the router's {@code link-orig} when the browser was on its way to our own QR
     * landing ({@code <public url>/portal?v=<token>}); empty for any other page it had asked for.
     */
    Optional<String> qrTokenIn(String linkOrig) {
        if (linkOrig == null) {
            return Optional.empty();
        }
        URI orig;
        try {
            orig = new URI(linkOrig);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (orig.getRawAuthority() == null || orig.getRawQuery() == null
                || !publicPortal.getRawAuthority().toLowerCase(Locale.ROOT).equals(
                        orig.getRawAuthority().toLowerCase(Locale.ROOT))
                || !Objects.equals(publicPortal.getPath(), orig.getPath())) {
            return Optional.empty();
        }
        return Arrays.stream(orig.getRawQuery().split("&"))
                .filter(parameter -> parameter.startsWith("v="))
                .map(parameter -> parameter.substring(2))
                .findFirst();
    }

    private static String statusQuery(String statusToken, String routerId) {
        return "t=" + RouterEntry.encode(statusToken)
                + (routerId == null ? "" : "&router=" + RouterEntry.encode(routerId));
    }
}
