package org.hotspot.portal.dashboard.vouchers;

import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.web.DashboardFrames;

/** A vouchers or sessions page rendered in the dashboard's frame, never kept by a cache (codes, MACs). */
@ApplicationScoped
public class HtmlPages {

    private final DashboardFrames frames;
    private final SignedIn signedIn;

    public HtmlPages(DashboardFrames frames, SignedIn signedIn) {
        this.frames = frames;
        this.signedIn = signedIn;
    }

    /** {@code template} with {@code page}, in the frame of the section {@code nav}, answered with {@code status}. */
    public Response render(int status, String nav, Template template, Object page) {
        String html = frames.of(signedIn, nav).on(template.data("page", page)).render();
        return Response.status(status).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").entity(html).build();
    }
}
