package org.hotspot.portal.dashboard.reports;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.web.RequestIds;

/** The organization's plans by name ({@code GET /api/profiles}, every role), for the report by plan. */
@RegisterRestClient(configKey = "voucher-service")
@Path("/api/profiles")
public interface PlanNames {

    @GET
    Uni<List<Plan>> plans(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId);

    record Plan(String id, String name) {
    }
}
