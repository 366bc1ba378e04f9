package org.hotspot.portal.dashboard.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotspot.portal.dashboard.session.SignedIn;

/**
 * The pages the session filter answers with itself, in the request's language: the refusal of a
 * cross-site or token-less form (403), and the sign-in page saying "try again" when the session
 * store does not answer (503; never a 500).
 */
@ApplicationScoped
public class GatePages {

    private final Template refused;
    private final Template signIn;
    private final DashboardFrames frames;
    private final SignedIn signedIn;

    public GatePages(@Location("dashboard/signin-refused") Template refused,
            @Location("dashboard/signin") Template signIn,
            DashboardFrames frames, SignedIn signedIn) {
        this.refused = refused;
        this.signIn = signIn;
        this.frames = frames;
        this.signedIn = signedIn;
    }

    public Response refused() {
        String html = frames.of(signedIn, null).on(refused.instance()).render();
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Cache-Control", "no-store").build();
    }

    public Response unavailable() {
        SignInPage page = SignInPage.form(null, null).withMessage("errorUnavailable");
        String html = frames.of(signedIn, null).on(signIn.instance()).data("page", page).render();
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Retry-After", "5").header("Cache-Control", "no-store").build();
    }
}
