package org.hotspot.portal.dashboard.plans;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** voucher-service's profile endpoints, called with the signed-in operator's token. */
@RegisterRestClient(configKey = "voucher-service")
@Path("/api/profiles")
interface PlanRestClient {

    @GET
    Uni<List<Plan>> list(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/{id}")
    Uni<Plan> get(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @POST
    Uni<Plan> create(@HeaderParam("Authorization") String authorization, ObjectNode plan);

    /** {@code applyTo}: {@code new}, {@code unused} or {@code all}. */
    @PATCH
    @Path("/{id}")
    Uni<Plan> update(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            @QueryParam("applyTo") String applyTo, ObjectNode changes);

    @POST
    @Path("/{id}/retire")
    Uni<Plan> retire(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);
}
