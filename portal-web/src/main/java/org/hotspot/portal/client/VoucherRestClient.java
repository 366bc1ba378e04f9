package org.hotspot.portal.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.security.ServiceAuthentication;

/** voucher-service's internal endpoints for the portal: QR tokens, the precheck, a voucher's status. */
@RegisterRestClient(configKey = "voucher-service")
@Path("/internal")
interface VoucherRestClient {

    @GET
    @Path("/qr/{token}")
    Uni<QrVoucher> qr(@HeaderParam(ServiceAuthentication.HEADER) String serviceToken, @PathParam("token") String token);

    @POST
    @Path("/precheck")
    Uni<PrecheckAnswer> precheck(@HeaderParam(ServiceAuthentication.HEADER) String serviceToken,
            PrecheckRequest request);

    @GET
    @Path("/voucher-status/{statusToken}")
    Uni<VoucherStatus> status(@HeaderParam(ServiceAuthentication.HEADER) String serviceToken,
            @PathParam("statusToken") String statusToken);

    /** The body of {@code POST /internal/precheck}. */
    record PrecheckRequest(String organizationId, String code, String mac, String clientAddress) {
    }

    /** Its answer: {@code ok} with a status token, or a reject's wire form. */
    record PrecheckAnswer(String outcome, String statusToken) {
    }
}
