package org.hotspot.portal.dashboard.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.hotspot.keys.KeyMaterial;
import org.hotspot.portal.dashboard.session.AuthRefusal;
import org.hotspot.portal.dashboard.session.BrowserSessions;
import org.hotspot.portal.dashboard.session.Forwarded;
import org.hotspot.portal.dashboard.session.PendingSignIn;
import org.hotspot.portal.dashboard.session.SessionCookies;
import org.hotspot.portal.dashboard.session.SignIns;
import org.hotspot.portal.dashboard.session.SignIns.Context;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.web.DashboardFrames;
import org.hotspot.portal.dashboard.web.EnrolmentQr;
import org.hotspot.portal.dashboard.web.NextPage;
import org.hotspot.portal.dashboard.web.SignInPage;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The dashboard's sign-in: the password form, the authenticator code, the enrolment of an
 * authenticator app with its QR code, and sign-out. Every answer is {@code no-store}: a sign-in page
 * carries its CSRF token and, in enrolment, a secret.
 */
@Path("/dashboard")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    private static final int SIGN_IN_TOKEN_BYTES = 32;

    private final SignIns signIns;
    private final BrowserSessions sessions;
    private final SessionCookies cookies;
    private final SignedIn signedIn;
    private final DashboardFrames frames;
    private final Template signIn;
    private final Template totp;
    private final Template enrol;
    private final CurrentVertxRequest current;

    public SignInResource(SignIns signIns, BrowserSessions sessions, SessionCookies cookies, SignedIn signedIn,
            DashboardFrames frames, @Location("dashboard/signin") Template signIn,
            @Location("dashboard/signin-totp") Template totp, @Location("dashboard/signin-enrol") Template enrol,
            CurrentVertxRequest current) {
        this.signIns = signIns;
        this.sessions = sessions;
        this.cookies = cookies;
        this.signedIn = signedIn;
        this.frames = frames;
        this.signIn = signIn;
        this.totp = totp;
        this.enrol = enrol;
        this.current = current;
    }

    @GET
    @Path("/sign-in")
    public Response form(@QueryParam("next") String next, @QueryParam("ended") String ended) {
        SignInPage page = SignInPage.form(null, NextPage.checked(next));
        if ("signed-out".equals(ended)) {
            page = page.withNotice("signedOut");
        }
        return page(signIn, page, 200);
    }

    @POST
    @Path("/sign-in")
    public Uni<Response> password(@RestForm String username, @RestForm String password, @RestForm String next) {
        String checkedNext = NextPage.checked(next);
        if (blank(username) || blank(password) || username.length() > 64 || password.length() > 256) {
            return Uni.createFrom().item(page(signIn,
                    SignInPage.form(trimmed(username), checkedNext).withMessage("errorInvalidCredentials"), 400));
        }
        return signIns.password(signInToken(), username.strip(), password, checkedNext, deviceToken(), context())
                .map(outcome -> answer(outcome, SignInPage.form(username.strip(), checkedNext)));
    }

    @POST
    @Path("/sign-in/code")
    public Uni<Response> code(@RestForm String code) {
        return signIns.code(signInToken(), code == null ? "" : code, deviceToken(), context())
                .map(outcome -> answer(outcome, SignInPage.form(null, NextPage.HOME)));
    }

    /** The enrolment's {@code otpauth://} URI as a QR code, drawn here: no third party learns the secret. */
    @GET
    @Path("/sign-in/qr.png")
    @Produces("image/png")
    public Uni<Response> qr() {
        return signIns.pending(signInToken())
                .map(found -> found.filter(pending -> PendingSignIn.ENROL.equals(pending.step()))
                        .map(pending -> Response.ok(EnrolmentQr.png(pending.otpauthUri()), "image/png")
                                .header("Cache-Control", "no-store").build())
                        .orElseGet(() -> Response.status(404).header("Cache-Control", "no-store").build()));
    }

    @POST
    @Path("/sign-out")
    public Uni<Response> signOut() {
        return sessions.end(signedIn, Forwarded.browser(request()))
                .onFailure().recoverWithNull()
                .map(ignored -> Response.seeOther(URI.create("/dashboard/sign-in?ended=signed-out"))
                        .header("Set-Cookie", cookies.removal(cookies.sessionName()))
                        .header("Cache-Control", "no-store").build());
    }

    private Response answer(SignIns.Outcome outcome, SignInPage typed) {
        if (outcome instanceof SignIns.Done done) {
            return Response.seeOther(URI.create(NextPage.checked(done.next())))
                    .header("Set-Cookie", cookies.session(done.session().id()))
                    .header("Set-Cookie", cookies.device(done.deviceToken()))
                    .header("Set-Cookie", cookies.removal(cookies.signInName()))
                    .header("Cache-Control", "no-store").build();
        }
        if (outcome instanceof SignIns.NeedsCode needs) {
            return page(totp, SignInPage.form(null, needs.pending().next()), 200);
        }
        if (outcome instanceof SignIns.NeedsEnrolment needs) {
            return page(enrol, SignInPage.form(null, needs.pending().next()).withSecret(needs.pending().secret()), 200);
        }
        if (outcome instanceof SignIns.Refused refused) {
            return refusal(refused.refusal(), Optional.ofNullable(refused.pending()), typed);
        }
        return page(signIn, typed.withNotice("sessionExpired"), 200);
    }

    /** A refusal on the page it came from: the code pages for a wrong code, else the password form. */
    private Response refusal(AuthRefusal refusal, Optional<PendingSignIn> pending, SignInPage typed) {
        if (refusal.status() == 429 || "too-many-attempts".equals(refusal.kind())) {
            return page(signIn, typed.throttled(Math.max(1, refusal.retryAfterSeconds())), 429,
                    refusal.retryAfterSeconds());
        }
        if (refusal.status() < 0 || refusal.status() >= 500) {
            return page(signIn, typed.withMessage("busy".equals(refusal.kind()) ? "errorBusy" : "errorUnavailable"),
                    503);
        }
        if (pending.isPresent()) {
            String key = "totp-code-used".equals(refusal.kind()) ? "errorTotpUsed" : "errorTotpWrong";
            SignInPage page = SignInPage.form(null, pending.get().next()).withMessage(key);
            return PendingSignIn.ENROL.equals(pending.get().step())
                    ? page(enrol, page.withSecret(pending.get().secret()), 401)
                    : page(totp, page, 401);
        }
        return page(signIn, typed.withMessage("errorInvalidCredentials"), 401);
    }

    private Response page(Template template, SignInPage page, int status) {
        return page(template, page, status, 0);
    }

    private Response page(Template template, SignInPage page, int status, long retryAfter) {
        String token = signInToken();
        Response.ResponseBuilder response = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store");
        if (token == null) {
            // The browser's first sign-in page: its token, for the form's CSRF field and the steps after.
            token = KeyMaterial.newToken(SIGN_IN_TOKEN_BYTES);
            response.header("Set-Cookie", cookies.signIn(token));
        }
        if (retryAfter > 0) {
            response.header("Retry-After", Long.toString(retryAfter));
        }
        String html = frames.of(signedIn, null).withCsrf(token).on(template.instance()).data("page", page).render();
        return response.entity(html).build();
    }

    private HttpServerRequest request() {
        return current.getCurrent().request();
    }

    private String signInToken() {
        return SessionCookies.value(request(), cookies.signInName());
    }

    private String deviceToken() {
        return SessionCookies.value(request(), cookies.deviceName());
    }

    private Context context() {
        return new Context(Forwarded.browser(request()), signedIn.requestId());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip().substring(0, Math.min(64, value.strip().length()));
    }
}
