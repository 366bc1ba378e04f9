package org.hotspot.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.security.ServiceAuthentication;
import org.hotspot.events.voucher.Decision;

/** voucher-service's internal endpoints: decisions, and vouchers named by lookup key. */
@RegisterRestClient(configKey = "voucher-service")
@Path("/internal")
interface VoucherRestClient {

    @POST
    @Path("/authorize")
    Uni<Decision> authorize(@HeaderParam(ServiceAuthentication.HEADER) String serviceToken, AuthorizeRequest request);

    @POST
    @Path("/authorize-batch")
    Uni<DecisionBatch> authorizeBatch(@HeaderParam(ServiceAuthentication.HEADER) String serviceToken,
            AuthorizeBatch batch);

    @POST
    @Path("/voucher-id")
    Uni<VoucherIdentity> voucherId(@HeaderParam(ServiceAuthentication.HEADER) String serviceToken,
            VoucherIdRequest request);

    /** The body of {@code POST /internal/authorize}. */
    record AuthorizeRequest(String organizationId, String code, String nasId, String site, String mac, String ip,
            String sessionId) {
    }

    /** The body of {@code POST /internal/authorize-batch}: logins asked about at once. */
    record AuthorizeBatch(List<AuthorizeRequest> requests) {
    }

    /** Its answer: a decision per login, in order; null for one voucher-service could not decide. */
    record DecisionBatch(List<Decision> decisions) {
    }

    /** The body of {@code POST /internal/voucher-id}: the lookup key, not the code. */
    record VoucherIdRequest(String organizationId, String lookupKey) {
    }

    /** Its answer: the voucher's id, null for none. */
    record VoucherIdentity(String voucherId) {
    }
}
