package org.hotspot.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotspot.common.security.ServiceAuthentication;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.service.HotspotDirectory;

/**
 * What portal-web needs of routers: whose a login page's router is, and which addresses its login
 * URLs may point at. Only for portal-web's service token; operators use {@code /api/routers}, and
 * no secret is ever here.
 */
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ServiceAuthentication.PORTAL_WEB)
public class InternalRouterResource {

    /** A router as the portal sees it. */
    public record PortalRouter(String id, String organizationId, String name, String site, String nasIp,
            String hotspotDnsName) {

        static PortalRouter of(Router r) {
            return new PortalRouter(r.id, r.organizationId, r.name, r.site, r.nasIp, r.hotspotDnsName);
        }
    }

    /** Where a hotspot's login page is: its registered address and its hotspot DNS name. */
    public record Hotspot(String id, String nasIp, String hotspotDnsName) {

        static Hotspot of(Router r) {
            return new Hotspot(r.id, r.nasIp, r.hotspotDnsName);
        }
    }

    private final HotspotDirectory directory;

    public InternalRouterResource(HotspotDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Path("/routers/{id}/portal")
    public Uni<PortalRouter> router(@PathParam("id") String id) {
        return directory.router(id).map(PortalRouter::of);
    }

    @GET
    @Path("/organizations/{organizationId}/hotspots")
    public Uni<List<Hotspot>> hotspots(@PathParam("organizationId") String organizationId) {
        return directory.hotspots(organizationId).map(found -> found.stream().map(Hotspot::of).toList());
    }
}
