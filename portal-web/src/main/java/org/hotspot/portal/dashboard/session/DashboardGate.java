package org.hotspot.portal.dashboard.session;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.hotspot.common.web.RequestIds;
import org.hotspot.portal.dashboard.session.BrowserSessions.Resumed;
import org.hotspot.portal.dashboard.web.GatePages;
import org.hotspot.portal.web.Language;
import org.hotspot.portal.web.Languages;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * The door of every {@code /dashboard} page, before its resource runs: finds the browser's session
 * and fills {@link SignedIn}, sends a browser without one to the sign-in page (303, {@code next=} the
 * page), and refuses (403, a page in the user's language) an unsafe request that is cross-site or
 * lacks the session's CSRF token ({@code _csrf} form field or {@code X-CSRF-Token} header). The
 * sign-in pages need no session; their forms carry the sign-in cookie's token instead. The form
 * is read before this filter ({@link WithFormRead}) so {@code _csrf} can be checked here, and pages
 * never check it themselves.
 */
public class DashboardGate {

    private static final Logger LOG = Logger.getLogger(DashboardGate.class);

    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String DASHBOARD = "/dashboard";
    private static final String SIGN_IN = "/dashboard/sign-in";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final BrowserSessions sessions;
    private final SessionCookies cookies;
    private final SignedIn signedIn;
    private final GatePages pages;

    public DashboardGate(BrowserSessions sessions, SessionCookies cookies, SignedIn signedIn, GatePages pages) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.signedIn = signedIn;
        this.pages = pages;
    }

    @ServerRequestFilter
    @WithFormRead
    public Uni<Response> guard(ServerRequestContext context, HttpServerRequest request) {
        String path = request.path();
        if (path == null || !(path.equals(DASHBOARD) || path.startsWith(DASHBOARD + "/"))) {
            return null;
        }
        signedIn.requestId(RequestIds.of(request));
        boolean unsafe = !SAFE.contains(request.method());
        if (unsafe && CrossSite.isCrossSite(request)) {
            LOG.debugf("a cross-site %s refused: Origin %s, Host %s, Sec-Fetch-Site %s", request.method(),
                    request.getHeader("Origin"), request.getHeader("Host"), request.getHeader("Sec-Fetch-Site"));
            signedIn.language(language(request, null));
            return Uni.createFrom().item(pages.refused());
        }
        if (path.equals(SIGN_IN) || path.startsWith(SIGN_IN + "/")) {
            return signInPage(context, request, unsafe);
        }
        return sessions.resume(SessionCookies.value(request, cookies.sessionName()), Forwarded.browser(request))
                .map(found -> admit(found, context, request, unsafe))
                .onFailure().recoverWithItem(failure -> {
                    signedIn.language(language(request, null));
                    return pages.unavailable();
                });
    }

    private Uni<Response> signInPage(ServerRequestContext context, HttpServerRequest request, boolean unsafe) {
        String token = SessionCookies.value(request, cookies.signInName());
        signedIn.language(language(request, null));
        signedIn.csrfToken(token);
        if (unsafe && !Csrf.matches(token, sent(context, request))) {
            LOG.debugf("a sign-in form refused: %s its sign-in cookie, %s a _csrf field",
                    token == null ? "without" : "with", sent(context, request) == null ? "without" : "with");
            return Uni.createFrom().item(pages.refused());
        }
        return null;
    }

    private Response admit(Optional<Resumed> found, ServerRequestContext context, HttpServerRequest request,
            boolean unsafe) {
        if (found.isEmpty()) {
            signedIn.language(language(request, null));
            return Response.seeOther(URI.create(SIGN_IN + "?next=" + next(request))).build();
        }
        BrowserSession session = found.get().session();
        signedIn.signIn(found.get(), session.accessToken(), session.csrfToken(), session.organizationName());
        signedIn.language(language(request, session));
        if (unsafe && !Csrf.matches(session.csrfToken(), sent(context, request))) {
            return pages.refused();
        }
        return null;
    }

    /** {@code ?lang}, then the operator's choice, then the browser's, then the organization's, then English. */
    private static Language language(HttpServerRequest request, BrowserSession session) {
        return Languages.byTag(request.getParam("lang"))
                .or(() -> session == null ? Optional.empty() : Languages.byTag(session.language()))
                .orElseGet(() -> Languages.choose(null, request.getHeader("Accept-Language"),
                        session == null ? null : session.organizationLanguage()));
    }

    /** The token the request carries: the header (scripts, htmx), else the form field. */
    private static String sent(ServerRequestContext context, HttpServerRequest request) {
        String header = request.getHeader(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        Object field = ((ResteasyReactiveRequestContext) context).getFormParameter(CSRF_FIELD, true, false);
        return field instanceof String text ? text : null;
    }

    /** The page asked for, to come back to after signing in. */
    private static String next(HttpServerRequest request) {
        String uri = request.method() == HttpMethod.GET ? request.uri() : request.path();
        return URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }
}
