package org.hotspot.voucher.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.security.ServiceAuthentication;

/** auth-service's internal operator endpoint, called with the service token. */
@RegisterRestClient(configKey = "auth-service")
@Path("/internal/operators")
interface OperatorRestClient {

    /** An operator of the organization as auth-service knows them. */
    record OperatorStanding(String organizationId, String username, String role, boolean enabled) {
    }

    @GET
    @Path("/{organizationId}/{username}")
    Uni<OperatorStanding> get(@HeaderParam(ServiceAuthentication.HEADER) String serviceToken,
            @PathParam("organizationId") String organizationId, @PathParam("username") String username);
}
