package org.hotspot.portal.service;

import com.ibm.icu.util.ULocale;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Function;
import org.hotspot.portal.client.BackendUnavailable;
import org.hotspot.portal.client.RouterDirectory;
import org.hotspot.portal.client.RouterPortal;
import org.hotspot.portal.client.VoucherClient;
import org.hotspot.portal.client.VoucherStatus;
import org.hotspot.portal.service.PortalView.Notice.Kind;

/**
 * "You are online" and the status page: what is left on the voucher the status token names, and
 * nothing of any other (the token is signed by voucher-service and names one voucher), with the
 * router's logout. Also the page the router's logout comes back to.
 */
@ApplicationScoped
public class StatusPages {

    private final VoucherClient vouchers;
    private final RouterDirectory routers;
    private final Frames frames;
    private final PortalLinks links;

    StatusPages(VoucherClient vouchers, RouterDirectory routers, Frames frames, PortalLinks links) {
        this.vouchers = vouchers;
        this.routers = routers;
        this.frames = frames;
        this.links = links;
    }

    /**
     * @param online   whether this is the page the router sends the browser to after the login
     * @param routerId the router logged in at, for its logout; may be null
     */
    public Uni<PortalView> status(boolean online, String statusToken, String routerId, Visit visit) {
        String page = online ? "online" : "status";
        Function<String, String> hrefs = links.status(page, statusToken == null ? "" : statusToken,
                Tokens.id(routerId) ? routerId : null);
        if (!Tokens.token(statusToken)) {
            return Uni.createFrom().item(new PortalView.Notice(404, Frames.plain(visit, hrefs), Kind.STATUS_TOKEN));
        }
        return vouchers.status(statusToken)
                .flatMap(status -> status.isEmpty()
                        ? Uni.createFrom().item(new PortalView.Notice(404, Frames.plain(visit, hrefs),
                                Kind.STATUS_TOKEN))
                        : withRouter(online, status.get(), statusToken, routerId, visit, hrefs))
                .onFailure(BackendUnavailable.class)
                .recoverWithItem(() -> new PortalView.Notice(503, Frames.plain(visit, hrefs), Kind.UNAVAILABLE));
    }

    /** What the router's logout page comes back to: {@code /portal?logged-out=1&router=<id>}. */
    public Uni<PortalView> loggedOut(String routerId, Visit visit) {
        Function<String, String> hrefs = tag -> "/portal?logged-out=1"
                + (Tokens.id(routerId) ? "&router=" + RouterEntry.encode(routerId) : "") + "&lang=" + tag;
        Uni<Optional<RouterPortal>> router = Tokens.id(routerId) ? routers.router(routerId)
                : Uni.createFrom().item(Optional.empty());
        return router
                .flatMap(found -> found.isEmpty() ? Uni.createFrom().item(Frames.plain(visit, hrefs))
                        : frames.of(found.get().organizationId(), visit, hrefs))
                .map(frame -> (PortalView) new PortalView.Notice(200, frame, Kind.LOGGED_OUT))
                // Saying "logged out" needs no backend: without one the page is only plainer.
                .onFailure(BackendUnavailable.class)
                .recoverWithItem(() -> new PortalView.Notice(200, Frames.plain(visit, hrefs), Kind.LOGGED_OUT));
    }

    private Uni<PortalView> withRouter(boolean online, VoucherStatus status, String statusToken, String routerId,
            Visit visit, Function<String, String> hrefs) {
        Uni<Optional<RouterPortal>> router = Tokens.id(routerId) ? routers.router(routerId)
                : Uni.createFrom().item(Optional.empty());
        return router
                // A router of another organization is not the one this voucher logged in at.
                .map(found -> found.filter(known -> known.organizationId().equals(status.organizationId())))
                .flatMap(found -> frames.of(status.organizationId(), visit, hrefs)
                        .map(frame -> page(online, status, frame, found.map(PortalLinks::logout).orElse(null),
                                links.status("status", statusToken, found.map(RouterPortal::id).orElse(null))
                                        .apply(frame.language().tag()))));
    }

    private static PortalView page(boolean online, VoucherStatus status, Frame frame, String logout,
            String statusHref) {
        ULocale locale = ULocale.forLanguageTag(frame.language().tag());
        return new PortalView.Status(frame, online, Amounts.duration(status.timeLeftSeconds(), locale),
                Amounts.bytes(status.bytesLeft(), locale), Amounts.instant(status.validUntil(), locale), logout,
                statusHref);
    }
}
