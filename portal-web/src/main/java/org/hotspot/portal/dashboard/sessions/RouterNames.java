package org.hotspot.portal.dashboard.sessions;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.web.RequestIds;

/** The organization's routers by name, for the sessions page's router filter ({@code GET /api/routers}). */
@RegisterRestClient(configKey = "router-gateway")
@Path("/api/routers")
public interface RouterNames {

    @GET
    Uni<List<Router>> routers(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId);

    @TemplateData
    record Router(String id, String name, String site) {
    }
}
