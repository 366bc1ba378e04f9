package org.hotspot.portal.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import org.hotspot.portal.client.BackendUnavailable;
import org.hotspot.portal.client.Hotspot;
import org.hotspot.portal.client.QrLookup;
import org.hotspot.portal.client.RouterDirectory;
import org.hotspot.portal.client.VoucherClient;
import org.hotspot.portal.service.PortalView.Notice.Kind;

/**
 * A card's QR code opened without the router's variables: the browser is sent through the router's
 * login URL, which brings it back to the portal with them, and the login then needs no typing
 * ({@link LoginFlow#enter}). The token is resolved first so a revoked card says so at once.
 */
@ApplicationScoped
public class QrLanding {

    private final VoucherClient vouchers;
    private final RouterDirectory routers;
    private final Frames frames;
    private final PortalLinks links;

    QrLanding(VoucherClient vouchers, RouterDirectory routers, Frames frames, PortalLinks links) {
        this.vouchers = vouchers;
        this.routers = routers;
        this.frames = frames;
        this.links = links;
    }

    public Uni<PortalView> land(String token, Visit visit) {
        if (!Tokens.token(token)) {
            return Uni.createFrom().item(notice(404, Frames.plain(visit, hrefs(token)), Kind.QR_NOT_VALID));
        }
        return vouchers.qr(token)
                .flatMap(lookup -> switch (lookup.outcome()) {
                    case VALID -> toRouter(token, lookup, visit);
                    case REVOKED -> framed(lookup, visit, token, 410, Kind.QR_REVOKED);
                    case NOT_VALID -> Uni.createFrom().item(notice(404, Frames.plain(visit, hrefs(token)),
                            Kind.QR_NOT_VALID));
                })
                .onFailure(BackendUnavailable.class)
                .recoverWithItem(() -> notice(503, Frames.plain(visit, hrefs(token)), Kind.UNAVAILABLE));
    }

    private Uni<PortalView> toRouter(String token, QrLookup lookup, Visit visit) {
        return routers.hotspots(lookup.voucher().organizationId())
                .flatMap(hotspots -> hotspots.isEmpty()
                        ? framed(lookup, visit, token, 200, Kind.QR_JOIN_WIFI)
                        : Uni.createFrom().item(new PortalView.Redirect(
                                PortalLinks.routerLogin(pick(hotspots, visit.clientAddress()),
                                        links.qrReturn(token)))));
    }

    /**
     * The router the phone is behind when its address is one of the routers' (a router NATing its
     * hotspot), else the first: on the hotspot's WiFi, any of the organization's routers answers
     * its own DNS name, and the wrong one only costs the customer the code form.
     */
    private static Hotspot pick(List<Hotspot> hotspots, String clientAddress) {
        return hotspots.stream()
                .filter(hotspot -> clientAddress != null && clientAddress.equals(hotspot.nasIp()))
                .findFirst()
                .orElse(hotspots.get(0));
    }

    private Uni<PortalView> framed(QrLookup lookup, Visit visit, String token, int status, Kind kind) {
        String organizationId = lookup.voucher() == null ? null : lookup.voucher().organizationId();
        if (organizationId == null) {
            return Uni.createFrom().item(notice(status, Frames.plain(visit, hrefs(token)), kind));
        }
        return frames.of(organizationId, visit, hrefs(token)).map(frame -> notice(status, frame, kind));
    }

    private static Function<String, String> hrefs(String token) {
        String v = token == null ? "" : "v=" + RouterEntry.encode(token) + "&";
        return tag -> "/portal?" + v + "lang=" + tag;
    }

    private static PortalView notice(int status, Frame frame, Kind kind) {
        return new PortalView.Notice(status, frame, kind);
    }
}
