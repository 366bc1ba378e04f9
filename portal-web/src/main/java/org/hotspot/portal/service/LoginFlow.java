package org.hotspot.portal.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.hotspot.events.voucher.CodeLookup;
import org.hotspot.portal.client.BackendUnavailable;
import org.hotspot.portal.client.Precheck;
import org.hotspot.portal.client.QrLookup;
import org.hotspot.portal.client.RouterDirectory;
import org.hotspot.portal.client.RouterPortal;
import org.hotspot.portal.client.VoucherClient;
import org.hotspot.portal.mikrotik.ChapResponse;
import org.hotspot.portal.mikrotik.ChapValue;
import org.hotspot.portal.mikrotik.ReplyMessage;
import org.hotspot.portal.mikrotik.RouterLink;
import org.hotspot.portal.service.PortalView.Notice.Kind;

/**
 * From the router's entry to the page that posts the login back to it: the code form with the
 * reason of a failed login, the precheck, and the CHAP (or PAP) password.
 */
@ApplicationScoped
public class LoginFlow {

    /** voucher-service's precheck takes codes and MACs of up to 64 characters. */
    private static final int MAX_CODE = 64;
    private static final int MAX_MAC = 64;

    private final RouterDirectory routers;
    private final VoucherClient vouchers;
    private final Frames frames;
    private final PortalLinks links;

    LoginFlow(RouterDirectory routers, VoucherClient vouchers, Frames frames, PortalLinks links) {
        this.routers = routers;
        this.vouchers = vouchers;
        this.frames = frames;
        this.links = links;
    }

    /** The router's entry: the code form, or straight to the login when it carries a card's QR token. */
    public Uni<PortalView> enter(RouterEntry entry, Visit visit) {
        return checked(entry, visit)
                .flatMap(context -> fromQr(context, visit).orElseGet(() -> Uni.createFrom().item(
                        new PortalView.Login(200, context.frame(), entry, reasonOf(entry.error())))))
                .onFailure(Refused.class).recoverWithItem(Refused::view)
                .onFailure(BackendUnavailable.class).recoverWithItem(() -> unavailable(visit, entry));
    }

    /** The code form's post: precheck, then the auto-post page or the form again with the reason. */
    public Uni<PortalView> login(RouterEntry entry, String typed, Visit visit) {
        return checked(entry, visit)
                .flatMap(context -> loginWith(context, CodeLookup.normalize(typed), visit))
                .onFailure(Refused.class).recoverWithItem(Refused::view)
                .onFailure(BackendUnavailable.class).recoverWithItem(() -> unavailable(visit, entry));
    }

    /** The router known, its login link its own, the frame built. */
    private record Context(RouterEntry entry, RouterPortal router, Frame frame) {
    }

    /** A page that ends the flow early; carried as a failure so each step can stop it. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient PortalView view;

        Refused(PortalView view) {
            super(null, null, false, false);
            this.view = view;
        }

        PortalView view() {
            return view;
        }
    }

    private Uni<Context> checked(RouterEntry entry, Visit visit) {
        if (!Tokens.id(entry.router())) {
            return refuse(Frames.plain(visit, links.entry(entry)), entry.router() == null ? Kind.NO_ROUTER
                    : Kind.UNKNOWN_ROUTER);
        }
        return routers.router(entry.router())
                .flatMap(router -> router.isEmpty()
                        ? refuse(Frames.plain(visit, links.entry(entry)), Kind.UNKNOWN_ROUTER)
                        : framed(entry, router.get(), visit));
    }

    private Uni<Context> framed(RouterEntry entry, RouterPortal router, Visit visit) {
        return frames.of(router.organizationId(), visit, links.entry(entry))
                .flatMap(frame -> RouterLink.pointsAt(entry.linkLoginOnly(), router.hotspotDnsName(), router.nasIp())
                        ? Uni.createFrom().item(new Context(entry, router, frame))
                        : refuse(frame, Kind.LINK));
    }

    /** When the router brings the browser back from a card's QR trip: the code from the token, no typing. */
    private Optional<Uni<PortalView>> fromQr(Context context, Visit visit) {
        return links.qrTokenIn(context.entry().linkOrig())
                .filter(Tokens::token)
                .map(token -> vouchers.qr(token).flatMap(lookup -> loginWithQr(context, lookup, visit)));
    }

    private Uni<PortalView> loginWithQr(Context context, QrLookup lookup, Visit visit) {
        if (lookup.outcome() != QrLookup.Outcome.VALID
                || !context.router().organizationId().equals(lookup.voucher().organizationId())) {
            // Another organization's card says nothing about this one's codes: as unknown.
            String reason = lookup.outcome() == QrLookup.Outcome.REVOKED ? "revoked" : "unknown";
            return Uni.createFrom().item(new PortalView.Login(200, context.frame(), context.entry(), reason));
        }
        return loginWith(context, CodeLookup.normalize(lookup.voucher().code()), visit);
    }

    private Uni<PortalView> loginWith(Context context, String code, Visit visit) {
        if (code == null) {
            return Uni.createFrom().item(new PortalView.Login(400, context.frame(), context.entry(), "empty-code"));
        }
        if (code.length() > MAX_CODE) {
            // Longer than any code voucher-service makes or takes: no need to ask it.
            return Uni.createFrom().item(new PortalView.Login(200, context.frame(), context.entry(), "unknown"));
        }
        Optional<String> password = password(context.entry(), code);
        if (password.isEmpty()) {
            return Uni.createFrom().item(new PortalView.Login(400, context.frame(), context.entry(), "failed"));
        }
        String mac = context.entry().mac() != null && context.entry().mac().length() <= MAX_MAC ? context.entry().mac()
                : null;
        return vouchers.precheck(context.router().organizationId(), code, mac, visit.clientAddress())
                .map(precheck -> afterPrecheck(context, code, password.get(), precheck));
    }

    private PortalView afterPrecheck(Context context, String code, String password, Precheck precheck) {
        if (precheck.ok()) {
            String dst = links.online(precheck.statusToken(), context.router().id(),
                    context.frame().language().tag());
            return new PortalView.AutoPost(context.frame(), context.entry().linkLoginOnly(), code, password, dst);
        }
        if (Precheck.TOO_MANY_ATTEMPTS.equals(precheck.outcome())) {
            return new PortalView.Login(429, context.frame(), context.entry(), Precheck.TOO_MANY_ATTEMPTS,
                    precheck.retryAfter());
        }
        return new PortalView.Login(200, context.frame(), context.entry(), Reasons.known(precheck.outcome()));
    }

    /**
     * CHAP when the router sent a challenge (the hex response, computed here), PAP (the code) when
     * it sent none; empty when the values it sent cannot be a router's.
     */
    private static Optional<String> password(RouterEntry entry, String code) {
        if (entry.chapId() == null && entry.chapChallenge() == null) {
            return Optional.of(code);
        }
        Optional<byte[]> id = ChapValue.unescape(entry.chapId()).filter(octets -> octets.length == 1);
        Optional<byte[]> challenge = ChapValue.unescape(entry.chapChallenge());
        if (id.isEmpty() || challenge.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ChapResponse.of(id.get(), code, challenge.get()));
    }

    /** The reason of the router's {@code $(error)}: ours by its code, "failed" for any other error. */
    private static String reasonOf(String error) {
        if (error == null || error.isBlank()) {
            return null;
        }
        return ReplyMessage.reason(error).map(Reasons::known).orElse(Reasons.FAILED);
    }

    private static <T> Uni<T> refuse(Frame frame, Kind kind) {
        return Uni.createFrom().failure(new Refused(new PortalView.Notice(400, frame, kind)));
    }

    private PortalView unavailable(Visit visit, RouterEntry entry) {
        return new PortalView.Notice(503, Frames.plain(visit, links.entry(entry)), Kind.UNAVAILABLE);
    }
}
