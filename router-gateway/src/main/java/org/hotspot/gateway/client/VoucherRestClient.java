package org.hotspot.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.security.ServiceAuthentication;
import org.hotspot.events.voucher.Decision;

/** voucher-service's internal decision endpoint. */
@RegisterRestClient(configKey = "voucher-service")
@Path("/internal")
interface VoucherRestClient {

    @POST
    @Path("/authorize")
    Uni<Decision> authorize(@HeaderParam(ServiceAuthentication.HEADER) String serviceToken, AuthorizeRequest request);

    /** The body of {@code POST /internal/authorize}. */
    record AuthorizeRequest(String organizationId, String code, String nasId, String site, String mac, String ip,
            String sessionId) {
    }
}
