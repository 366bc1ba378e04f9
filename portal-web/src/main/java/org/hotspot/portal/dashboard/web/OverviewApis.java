package org.hotspot.portal.dashboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.web.RequestIds;

/** The lists the overview counts, read with the operator's own token: each service scopes them to the organization. */
final class OverviewApis {

    private OverviewApis() {
    }

    @RegisterRestClient(configKey = "voucher-service")
    @Path("/api/profiles")
    interface Plans {
        @GET
        Uni<JsonNode> list(@HeaderParam("Authorization") String authorization,
                @HeaderParam(RequestIds.HEADER) String requestId);
    }

    @RegisterRestClient(configKey = "router-gateway")
    @Path("/api/routers")
    interface Routers {
        @GET
        Uni<JsonNode> list(@HeaderParam("Authorization") String authorization,
                @HeaderParam(RequestIds.HEADER) String requestId);
    }

    @RegisterRestClient(configKey = "session-service")
    @Path("/api/sessions")
    interface Sessions {
        @GET
        Uni<JsonNode> active(@HeaderParam("Authorization") String authorization,
                @HeaderParam(RequestIds.HEADER) String requestId, @QueryParam("active") boolean active,
                @QueryParam("size") int size);
    }
}
