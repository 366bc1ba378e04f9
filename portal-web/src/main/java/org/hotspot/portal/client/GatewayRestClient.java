package org.hotspot.portal.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.security.ServiceAuthentication;

/** router-gateway's internal endpoints for the portal. */
@RegisterRestClient(configKey = "router-gateway")
@Path("/internal")
interface GatewayRestClient {

    @GET
    @Path("/routers/{id}/portal")
    Uni<RouterPortal> router(@HeaderParam(ServiceAuthentication.HEADER) String serviceToken,
            @PathParam("id") String id);

    @GET
    @Path("/organizations/{organizationId}/hotspots")
    Uni<List<Hotspot>> hotspots(@HeaderParam(ServiceAuthentication.HEADER) String serviceToken,
            @PathParam("organizationId") String organizationId);
}
