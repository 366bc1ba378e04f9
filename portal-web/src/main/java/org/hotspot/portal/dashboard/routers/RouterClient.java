package org.hotspot.portal.dashboard.routers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.web.RequestIds;

/** router-gateway's router endpoints, called with the signed-in operator's token. */
@RegisterRestClient(configKey = "router-gateway")
@Path("/api/routers")
public interface RouterClient {

    @GET
    Uni<List<Router>> list(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId);

    @GET
    @Path("/{id}")
    Uni<Router> get(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @PathParam("id") String id);

    @POST
    Uni<Router> create(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, ObjectNode router);

    /** Replaces every field; an absent secret or API password keeps the stored one. */
    @PUT
    @Path("/{id}")
    Uni<Router> update(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @PathParam("id") String id, ObjectNode router);

    @DELETE
    @Path("/{id}")
    Uni<Void> delete(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @PathParam("id") String id);

    /** The kit's zip archive, with its {@code Content-Disposition}; a refusal fails the call. */
    @GET
    @Path("/{id}/hotspot-kit")
    Uni<Response> hotspotKit(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @PathParam("id") String id);

    /**
     * A router as router-gateway's {@code RouterView} answers it: whether its secrets are set,
     * never their values.
     *
     * @param status {@code UNKNOWN} until monitoring first hears from it, then {@code UP},
     *               {@code DEGRADED} or {@code DOWN}
     */
    record Router(String id, String name, String site, String nasIdentifier, String nasIp, boolean radiusSecretSet,
            boolean requireMessageAuthenticator, int coaPort, String apiHost, Integer apiPort, boolean apiTls,
            String apiUsername, boolean apiPasswordSet, String mode, String backupRouterId, String hotspotDnsName,
            String status, Instant lastSeen, Instant createdAt, Instant updatedAt) {
    }
}
