package org.hotspot.portal.dashboard.batches;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** voucher-service's batch and reseller endpoints, called with the signed-in operator's token. */
@RegisterRestClient(configKey = "voucher-service")
@Path("/api")
interface BatchRestClient {

    @GET
    @Path("/batches")
    Uni<List<Batch>> list(@HeaderParam("Authorization") String authorization, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/batches/{id}")
    Uni<Batch> get(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @POST
    @Path("/batches")
    Uni<Batch> create(@HeaderParam("Authorization") String authorization, Map<String, Object> order);

    @GET
    @Path("/batches/{id}/vouchers")
    Uni<Voucher.Page> vouchers(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** The service's answer as it is (status, headers, body), for portal-web to pass on. */
    @GET
    @Path("/batches/{id}/vouchers.csv")
    Uni<Response> csv(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @GET
    @Path("/batches/{id}/cards.pdf")
    Uni<Response> cardsPdf(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            @QueryParam("layout") String layout, @QueryParam("from") Integer from, @QueryParam("to") Integer to,
            @QueryParam("lang") String language, @QueryParam("tz") String timeZone);

    @GET
    @Path("/batches/{id}/cards.html")
    Uni<Response> cardsHtml(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            @QueryParam("layout") String layout, @QueryParam("from") Integer from, @QueryParam("to") Integer to,
            @QueryParam("lang") String language, @QueryParam("tz") String timeZone);

    /**
     * The organization's vouchers by batch and state ({@code GET /api/vouchers}); with {@code size=1}
     * its {@code total} counts them.
     */
    @GET
    @Path("/vouchers")
    Uni<Voucher.Page> search(@HeaderParam("Authorization") String authorization, @QueryParam("batch") String batch,
            @QueryParam("state") String state, @QueryParam("size") int size);

    @GET
    @Path("/resellers/me")
    Uni<Reseller> me(@HeaderParam("Authorization") String authorization);
}
