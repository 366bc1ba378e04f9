package org.hotspot.portal.dashboard.vouchers;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.web.RequestIds;

/** A voucher's plan by its id, for the name on the voucher's page ({@code GET /api/profiles/{id}}). */
@RegisterRestClient(configKey = "voucher-service")
@Path("/api/profiles")
public interface PlanNames {

    @GET
    @Path("/{id}")
    Uni<Plan> plan(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @PathParam("id") String id);

    @TemplateData
    record Plan(String id, String name) {
    }
}
