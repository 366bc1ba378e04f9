package org.hotspot.voucher.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.VoucherProblems;
import org.hotspot.voucher.print.QrCodes;
import org.hotspot.voucher.rest.VoucherApi.VoucherView;
import org.hotspot.voucher.service.QrTokens;
import org.hotspot.voucher.service.VoucherService;

/**
 * One voucher by its code, as typed (any case, spaces and dashes ignored), within the caller's
 * organization. Revoking is final; disabling is undone by enabling.
 */
@Path("/api/vouchers/{code}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR})
public class VoucherResource {

    private final VoucherService vouchers;
    private final QrTokens tokens;
    private final Caller caller;

    public VoucherResource(VoucherService vouchers, QrTokens tokens, Caller caller) {
        this.vouchers = vouchers;
        this.tokens = tokens;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
            Role.Names.VIEWER})
    public Uni<VoucherView> get(@PathParam("code") String code) {
        boolean codes = !caller.is(Role.VIEWER);
        return vouchers.byCode(caller, code).map(v -> VoucherView.of(v, codes ? vouchers.code(v) : null));
    }

    @POST
    @Path("/revoke")
    public Uni<VoucherView> revoke(@PathParam("code") String code) {
        return vouchers.revoke(caller, code).map(v -> VoucherView.of(v, vouchers.code(v)));
    }

    @POST
    @Path("/disable")
    public Uni<VoucherView> disable(@PathParam("code") String code) {
        return vouchers.disable(caller, code).map(v -> VoucherView.of(v, vouchers.code(v)));
    }

    @POST
    @Path("/enable")
    public Uni<VoucherView> enable(@PathParam("code") String code) {
        return vouchers.enable(caller, code).map(v -> VoucherView.of(v, vouchers.code(v)));
    }

    /**
     * The card's QR code: the portal link with a signed token naming the voucher, never the code.
     * Worth as much as the code (the portal logs in with it), so viewers do not get it.
     */
    @GET
    @Path("/qr.png")
    @Produces("image/png")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER})
    public Uni<Response> qrPng(@PathParam("code") String code,
            @QueryParam("size") @DefaultValue("300") @Min(100) @Max(2000) int size) {
        return usable(code).map(v -> Response.ok(QrCodes.png(tokens.link(v.id), size), "image/png").build());
    }

    @GET
    @Path("/qr.svg")
    @Produces("image/svg+xml")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER})
    public Uni<Response> qrSvg(@PathParam("code") String code) {
        return usable(code).map(v -> Response.ok(QrCodes.svg(tokens.link(v.id)), "image/svg+xml").build());
    }

    /** A revoked voucher's QR is void: no new image is made for it either. */
    private Uni<Voucher> usable(String code) {
        return vouchers.byCode(caller, code).invoke(v -> {
            if (v.state == VoucherState.REVOKED) {
                throw VoucherProblems.voucherUnusable("revoked");
            }
        });
    }
}
