package org.hotspot.portal.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hotspot.portal.service.BrandAssets;

/**
 * An organization's logo and colours, served by portal-web itself: a page loads nothing from
 * elsewhere, and its colours come as a stylesheet because the CSP forbids inline style.
 */
@Path("/portal/brand/{organizationId}")
@PermitAll
public class BrandResource {

    private final BrandAssets assets;

    BrandResource(BrandAssets assets) {
        this.assets = assets;
    }

    @GET
    @Path("/theme.css")
    public Uni<Response> theme(@PathParam("organizationId") String organizationId) {
        return assets.theme(organizationId)
                .map(css -> cached(Response.ok(css, "text/css;charset=UTF-8")));
    }

    @GET
    @Path("/logo")
    public Uni<Response> logo(@PathParam("organizationId") String organizationId) {
        return assets.logo(organizationId)
                .map(logo -> logo.isEmpty() ? Response.status(404).type("text/plain;charset=UTF-8").entity("no logo")
                        .build()
                        : cached(Response.ok(logo.get().bytes(), logo.get().contentType())));
    }

    private Response cached(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + assets.maxAge().toSeconds()).build();
    }
}
