package org.hotspot.portal.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.security.ServiceAuthentication;

/** auth-service's internal branding endpoint. */
@RegisterRestClient(configKey = "auth-service")
@Path("/internal/organizations")
interface AuthRestClient {

    @GET
    @Path("/{id}/branding")
    Uni<Branding> branding(@HeaderParam(ServiceAuthentication.HEADER) String serviceToken, @PathParam("id") String id);
}
