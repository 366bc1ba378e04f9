package org.hotspot.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.gateway.GatewayProblems;
import org.hotspot.gateway.kit.HotspotKit;
import org.hotspot.gateway.service.RouterService;

/**
 * The hotspot kit of a router of the caller's organization: the pages to upload to it and the
 * RouterOS script that sets it up. Admins only, as they register routers; it carries no secret.
 */
@Path("/api/routers/{id}/hotspot-kit")
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN})
public class HotspotKitResource {

    private static final String ZIP = "application/zip";
    // Served as text, never as HTML: the pages are for the router, not for this origin's browser.
    private static final String TEXT = "text/plain; charset=utf-8";

    private final RouterService routers;
    private final HotspotKit kit;
    private final Caller caller;

    public HotspotKitResource(RouterService routers, HotspotKit kit, Caller caller) {
        this.routers = routers;
        this.kit = kit;
        this.caller = caller;
    }

    @GET
    public Uni<Response> archive(@PathParam("id") String id) {
        return routers.get(caller, id)
                .map(router -> Response.ok(kit.zip(router), ZIP)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"" + HotspotKit.archiveName(router) + "\"")
                        .build());
    }

    @GET
    @Path("/{file}")
    public Uni<Response> file(@PathParam("id") String id, @PathParam("file") String file) {
        return routers.get(caller, id)
                .map(router -> kit.file(router, file))
                .onItem().ifNull().failWith(() -> GatewayProblems.notFound("hotspot kit file", file))
                .map(text -> Response.ok(text, TEXT).header("X-Content-Type-Options", "nosniff").build());
    }
}
