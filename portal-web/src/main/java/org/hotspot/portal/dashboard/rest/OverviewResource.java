package org.hotspot.portal.dashboard.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.web.DashboardFrames;

import org.hotspot.portal.dashboard.web.OverviewFigures;

/** The dashboard's first page: what can be counted today from the services, each figure on its own. */
@Path("/dashboard")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class OverviewResource {

    private final SignedIn signedIn;
    private final DashboardFrames frames;
    private final OverviewFigures figures;
    private final Template overview;

    public OverviewResource(SignedIn signedIn, DashboardFrames frames, OverviewFigures figures,
            @Location("dashboard/overview") Template overview) {
        this.signedIn = signedIn;
        this.frames = frames;
        this.figures = figures;
        this.overview = overview;
    }

    @GET
    public Uni<TemplateInstance> overview() {
        return figures.of(signedIn)
                .map(page -> frames.of(signedIn, "overview").on(overview.instance()).data("page", page));
    }

}
