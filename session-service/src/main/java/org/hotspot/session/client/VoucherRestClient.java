package org.hotspot.session.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** voucher-service's voucher endpoint, called with the operator's own token. */
@RegisterRestClient(configKey = "voucher-service")
@Path("/api/vouchers")
interface VoucherRestClient {

    @GET
    @Path("/{code}")
    Uni<VoucherRef> byCode(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);

    /** The part of voucher-service's answer this service needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VoucherRef(String id) {
    }
}
