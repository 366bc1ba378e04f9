package org.hotspot.portal.dashboard.people;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** voucher-service's reseller allowances and plans, called with the signed-in admin's token. */
@RegisterRestClient(configKey = "voucher-service")
@Path("/api")
interface ResellerClient {

    /** A reseller's credit and the plans they may sell, as voucher-service keeps them. */
    record Allowance(String username, String currency, BigDecimal credit, List<String> allowedProfileIds) {
    }

    record Grant(String currency, BigDecimal addCredit, List<String> allowedProfileIds) {
    }

    @GET
    @Path("/resellers")
    Uni<List<Allowance>> allowances(@HeaderParam("Authorization") String authorization);

    @PUT
    @Path("/resellers/{username}")
    Uni<Allowance> grant(@HeaderParam("Authorization") String authorization, @PathParam("username") String username,
            Grant grant);

    @GET
    @Path("/profiles")
    Uni<List<PlanChoice>> plans(@HeaderParam("Authorization") String authorization);
}
