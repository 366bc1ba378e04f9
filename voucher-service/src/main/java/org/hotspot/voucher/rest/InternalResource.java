package org.hotspot.voucher.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotspot.common.security.ServiceAuthentication;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Decision;
import org.hotspot.voucher.VoucherProblems;
import org.hotspot.voucher.rest.InternalApi.AuthorizeBatch;
import org.hotspot.voucher.rest.InternalApi.AuthorizeRequest;
import org.hotspot.voucher.rest.InternalApi.DecisionBatch;
import org.hotspot.voucher.rest.InternalApi.PrecheckAnswer;
import org.hotspot.voucher.rest.InternalApi.PrecheckRequest;
import org.hotspot.voucher.rest.InternalApi.QrResolution;
import org.hotspot.voucher.rest.InternalApi.VoucherIdRequest;
import org.hotspot.voucher.rest.InternalApi.VoucherIdentity;
import org.hotspot.voucher.rest.InternalApi.VoucherStatus;
import org.hotspot.voucher.service.AuthorizationService;
import org.hotspot.voucher.service.PrecheckService;
import org.hotspot.voucher.service.QrTokens;
import org.hotspot.voucher.service.VoucherCache;
import org.hotspot.voucher.service.VoucherService;
import org.hotspot.voucher.service.VoucherStatusService;

/**
 * Endpoints for the other services only, each authenticated by the caller's own service token:
 * decisions and voucher ids for router-gateway, QR tokens, prechecks and voucher status for portal-web; operators' tokens and
 * other services' tokens do not open them. A reject is a 200 with the reason: it is an answer,
 * not an error, and router-gateway turns it into an Access-Reject.
 */
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ServiceAuthentication.ROUTER_GATEWAY)
public class InternalResource {

    private final AuthorizationService authorization;
    private final VoucherService vouchers;
    private final QrTokens tokens;
    private final VoucherCache cache;
    private final PrecheckService prechecks;
    private final VoucherStatusService statuses;
    private final BatchDecisions batchDecisions;

    public InternalResource(AuthorizationService authorization, VoucherService vouchers, QrTokens tokens,
            VoucherCache cache, PrecheckService prechecks, VoucherStatusService statuses,
            BatchDecisions batchDecisions) {
        this.authorization = authorization;
        this.batchDecisions = batchDecisions;
        this.vouchers = vouchers;
        this.tokens = tokens;
        this.cache = cache;
        this.prechecks = prechecks;
        this.statuses = statuses;
    }

    @POST
    @Path("/authorize")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Decision> authorize(@NotNull @Valid AuthorizeRequest request) {
        return authorization.decide(request.organizationId(), request.code(),
                new AccessRequest(request.nasId(), request.site(), request.mac(), request.ip(), request.sessionId()));
    }

    /**
     * Many logins at once, each decided as {@link #authorize} would, concurrently, so the lookups and
     * writes beneath go to MongoDB together. An invalid request gets the reject an unknown code gets
     * and a request that fails gets null; neither fails the others.
     */
    @POST
    @Path("/authorize-batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<DecisionBatch> authorizeBatch(@NotNull @Valid AuthorizeBatch batch) {
        return batchDecisions.decide(batch.requests())
                .map(DecisionBatch::new);
    }

    /**
     * The organization's voucher with this lookup key, for accounting that came without Class
     * (router-gateway computes the key from the User-Name, so the code itself does not travel);
     * {@code voucherId} null when the organization has none.
     */
    @POST
    @Path("/voucher-id")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<VoucherIdentity> voucherId(@NotNull @Valid VoucherIdRequest request) {
        return cache.read(request.organizationId(), request.lookupKey())
                .map(snapshot -> snapshot.voucher())
                .map(voucher -> new VoucherIdentity(voucher != null
                        && request.organizationId().equals(voucher.organizationId()) ? voucher.voucherId() : null));
    }

    /** The code behind a QR token, while the voucher can be used; 404 for a forged token, 410 once revoked. */
    @GET
    @Path("/qr/{token}")
    @RolesAllowed(ServiceAuthentication.PORTAL_WEB)
    public Uni<QrResolution> resolve(@PathParam("token") String token) {
        String voucherId = tokens.verify(token);
        if (voucherId == null) {
            return Uni.createFrom().failure(VoucherProblems.invalidToken());
        }
        return vouchers.byQrToken(voucherId)
                .map(v -> new QrResolution(v.organizationId, v.id, vouchers.code(v)));
    }

    /**
     * Whether the code would log in, as far as the voucher goes, without changing it; a status token
     * with {@code ok}. Every answer takes at least {@code hotspot.voucher.precheck.floor}; 429 with
     * Retry-After once the device or the address is over its limit.
     */
    @POST
    @Path("/precheck")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ServiceAuthentication.PORTAL_WEB)
    public Uni<PrecheckAnswer> precheck(@NotNull @Valid PrecheckRequest request) {
        return prechecks.precheck(request.organizationId(), request.code(), request.mac(), request.clientAddress())
                .map(outcome -> new PrecheckAnswer(outcome.wire(), outcome.statusToken()));
    }

    /** What is left of the voucher a precheck's status token names; 404 for a token forged, altered or expired. */
    @GET
    @Path("/voucher-status/{statusToken}")
    @RolesAllowed(ServiceAuthentication.PORTAL_WEB)
    public Uni<VoucherStatus> status(@PathParam("statusToken") String statusToken) {
        return statuses.of(statusToken)
                .map(s -> new VoucherStatus(s.voucherId(), s.organizationId(), s.state().name(), s.profileName(),
                        s.timeLeftSeconds(), s.bytesLeft(), s.validUntil()));
    }
}
