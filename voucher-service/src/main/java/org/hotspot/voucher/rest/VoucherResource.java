package org.hotspot.voucher.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.voucher.rest.VoucherApi.VoucherView;
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
    private final Caller caller;

    public VoucherResource(VoucherService vouchers, Caller caller) {
        this.vouchers = vouchers;
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
}
