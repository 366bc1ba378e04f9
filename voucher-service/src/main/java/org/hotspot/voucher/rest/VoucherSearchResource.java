package org.hotspot.voucher.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.common.web.Pages;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.voucher.rest.VoucherApi.VoucherPage;
import org.hotspot.voucher.rest.VoucherApi.VoucherView;
import org.hotspot.voucher.service.VoucherSearch;
import org.hotspot.voucher.service.VoucherSearch.Filter;
import org.hotspot.voucher.service.VoucherService;

/**
 * The organization's vouchers by batch and serial range, state and MAC, or one by its id, a page at
 * a time; viewers get them without codes. One voucher by its code stays {@code GET /api/vouchers/{code}}.
 */
@Path("/api/vouchers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
        Role.Names.VIEWER})
public class VoucherSearchResource {

    private final VoucherSearch search;
    private final VoucherService vouchers;
    private final Caller caller;

    public VoucherSearchResource(VoucherSearch search, VoucherService vouchers, Caller caller) {
        this.search = search;
        this.vouchers = vouchers;
        this.caller = caller;
    }

    @GET
    public Uni<VoucherPage> search(@QueryParam("batch") String batch,
            @QueryParam("serialFrom") @Min(value = 1, message = "from 1") Integer serialFrom,
            @QueryParam("serialTo") @Min(value = 1, message = "from 1") Integer serialTo,
            @QueryParam("state") VoucherState state,
            @QueryParam("mac") String mac,
            @QueryParam("id") String id,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = Pages.PAGE_BOUNDS)
            @Max(value = Pages.MAX_PAGE, message = Pages.PAGE_BOUNDS) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(VoucherSearch.MAX_SIZE) int size) {
        boolean codes = !caller.is(Role.VIEWER);
        String batchId = batch == null || batch.isBlank() ? null : batch.trim();
        String voucherId = id == null || id.isBlank() ? null : id.trim();
        return search.search(caller, new Filter(batchId, serialFrom, serialTo, state, mac, voucherId), page, size)
                .map(found -> new VoucherPage(page, size, (int) Math.min(Integer.MAX_VALUE, found.total()),
                        found.vouchers().stream()
                                .map(v -> VoucherView.of(v, codes ? vouchers.code(v) : null))
                                .toList()));
    }
}
