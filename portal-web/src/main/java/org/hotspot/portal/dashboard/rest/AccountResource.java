package org.hotspot.portal.dashboard.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
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
import org.hotspot.portal.dashboard.session.Accounts;
import org.hotspot.portal.dashboard.session.BrowserSessions;
import org.hotspot.portal.dashboard.session.Forwarded;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.web.AccountPage;
import org.hotspot.portal.dashboard.web.DashboardFrames;
import org.hotspot.portal.dashboard.web.PageProblem;
import org.hotspot.portal.web.Languages;
import org.jboss.resteasy.reactive.RestForm;

/** The operator's own account: the password, the dashboard's language, the second step's status; sign-out is in the frame. */
@Path("/dashboard/account")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    private final SignedIn signedIn;
    private final Accounts accounts;
    private final BrowserSessions sessions;
    private final DashboardFrames frames;
    private final Template account;
    private final CurrentVertxRequest current;

    public AccountResource(SignedIn signedIn, Accounts accounts, BrowserSessions sessions, DashboardFrames frames,
            @Location("dashboard/account") Template account, CurrentVertxRequest current) {
        this.signedIn = signedIn;
        this.accounts = accounts;
        this.sessions = sessions;
        this.frames = frames;
        this.account = account;
        this.current = current;
    }

    @GET
    public Uni<Response> page(@QueryParam("done") String done) {
        String notice = "password".equals(done) ? "passwordChanged" : "language".equals(done) ? "languageSaved" : null;
        return render(null, null, notice, 200);
    }

    @POST
    @Path("/password")
    public Uni<Response> changePassword(@RestForm String currentPassword, @RestForm String newPassword,
            @RestForm String repeatPassword) {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            return render(null, "passwordsDiffer", null, 400);
        }
        return accounts.changePassword(signedIn, currentPassword == null ? "" : currentPassword, newPassword,
                Forwarded.browser(current.getCurrent().request()))
                .chain(problem -> problem.isEmpty()
                        ? Uni.createFrom()
                                .item(Response.seeOther(URI.create("/dashboard/account?done=password")).build())
                        : render(problem.get(), null, null, problem.get().status() >= 500 ? 503 : 400));
    }

    @POST
    @Path("/language")
    public Uni<Response> chooseLanguage(@RestForm String language) {
        Optional<String> chosen = Languages.byTag(language).map(found -> found.tag());
        if (chosen.isEmpty()) {
            return render(null, null, null, 400);
        }
        return sessions.speak(signedIn, chosen.get())
                .map(saved -> Response.seeOther(URI.create("/dashboard/account?done=language&lang=" + chosen.get()))
                        .build())
                .onFailure(BrowserSessions.SessionBusy.class).recoverWithUni(busy -> render(
                        new PageProblem(503, "problemUnavailable", busy.getMessage(), null, null), null, null, 503));
    }

    private Uni<Response> render(PageProblem problem, String fieldError, String notice, int status) {
        return accounts.totpEnabled(signedIn)
                .map(totp -> new AccountPage(totp.orElse(null), Languages.ALL, signedIn.language().tag(), problem,
                        fieldError, notice))
                .map(page -> Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .header("Cache-Control", "no-store")
                        .entity(frames.of(signedIn, "account").on(account.instance()).data("page", page).render())
                        .build());
    }
}
