package org.hotspot.portal.dashboard.vouchers;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.web.RequestIds;

/**
 * voucher-service's voucher endpoints, called with the signed-in operator's token: the service
 * decides what the operator may see and do, and masks codes for viewers.
 */
@RegisterRestClient(configKey = "voucher-service")
@Path("/api/vouchers")
public interface VoucherClient {

    /** {@code GET /api/vouchers}: the filters as typed (the service checks them and names a bad one). */
    @GET
    Uni<Results> search(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @QueryParam("batch") String batch,
            @QueryParam("serialFrom") String serialFrom, @QueryParam("serialTo") String serialTo,
            @QueryParam("state") String state, @QueryParam("mac") String mac, @QueryParam("id") String id,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{code}")
    Uni<Voucher> byCode(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @PathParam("code") String code);

    /** {@code POST /api/vouchers/{code}/revoke}, {@code /disable} or {@code /enable}. */
    @POST
    @Path("/{code}/{action}")
    Uni<Voucher> act(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @PathParam("code") String code,
            @PathParam("action") String action);

    /** One voucher as voucher-service answers; {@code code} and {@code printedCode} are null for viewers. */
    @TemplateData
    record Voucher(String id, String code, String printedCode, int serial, String batchId, String profileId,
            String state, Instant createdAt, Instant expiresAt, Instant firstUsedAt, Instant validUntil,
            long timeUsedSeconds, long bytesIn, long bytesOut, List<String> boundMacs) {
    }

    /** A page of the search and how many matched in all. */
    @TemplateData
    record Results(int page, int size, int total, List<Voucher> vouchers) {
    }
}
