package org.hotspot.voucher.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** auth-service's organization endpoint, called with the operator's own token so auth-service scopes it. */
@RegisterRestClient(configKey = "auth-service")
@Path("/api/organizations")
interface OrganizationRestClient {

    @GET
    @Path("/{id}")
    Uni<Organization> get(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);
}
