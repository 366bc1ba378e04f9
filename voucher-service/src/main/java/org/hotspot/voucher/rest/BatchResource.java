package org.hotspot.voucher.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.common.web.Pages;
import org.hotspot.voucher.repository.VoucherRepository;
import org.hotspot.voucher.rest.BatchApi.BatchRequest;
import org.hotspot.voucher.rest.BatchApi.BatchView;
import org.hotspot.voucher.rest.VoucherApi.VoucherPage;
import org.hotspot.voucher.rest.VoucherApi.VoucherView;
import org.hotspot.voucher.service.BatchExport;
import org.hotspot.voucher.service.BatchService;
import org.hotspot.voucher.service.CardService;
import org.hotspot.voucher.service.VoucherService;

/**
 * Batches: made by admins, operators and resellers (a reseller from allowed profiles, paid from
 * credit); read by everyone in the organization; codes exported by everyone but viewers.
 */
@Path("/api/batches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER})
public class BatchResource {

    /** How many of the vouchers asked for were not printed because their codes no longer log in. */
    static final String NOT_PRINTED = "X-Hotspot-Skipped-Vouchers";

    private final BatchService batches;
    private final BatchExport export;
    private final VoucherService vouchers;
    private final VoucherRepository repository;
    private final CardService cards;
    private final Caller caller;

    public BatchResource(BatchService batches, BatchExport export, VoucherService vouchers,
            VoucherRepository repository, CardService cards, Caller caller) {
        this.cards = cards;
        this.batches = batches;
        this.export = export;
        this.vouchers = vouchers;
        this.repository = repository;
        this.caller = caller;
    }

    /** Answers 202 at once; the batch is GENERATING until {@code GET /api/batches/{id}} says READY. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@NotNull @Valid BatchRequest request) {
        return batches.create(caller, request.order())
                .map(batch -> Response.accepted(BatchView.of(batch))
                        .location(URI.create("/api/batches/" + batch.id)).build());
    }

    @GET
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
            Role.Names.VIEWER})
    public Uni<List<BatchView>> list(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = Pages.PAGE_BOUNDS)
            @Max(value = Pages.MAX_PAGE, message = Pages.PAGE_BOUNDS) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return batches.list(caller, page, size).map(found -> found.stream().map(BatchView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
            Role.Names.VIEWER})
    public Uni<BatchView> get(@PathParam("id") String id) {
        return batches.get(caller, id).map(BatchView::of);
    }

    /** A page of the batch's vouchers in serial order; viewers get them without codes. */
    @GET
    @Path("/{id}/vouchers")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
            Role.Names.VIEWER})
    public Uni<VoucherPage> vouchers(@PathParam("id") String id,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = Pages.PAGE_BOUNDS)
            @Max(value = Pages.MAX_PAGE, message = Pages.PAGE_BOUNDS) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        boolean codes = !caller.is(Role.VIEWER);
        return batches.get(caller, id)
                .chain(batch -> repository.pageOfBatch(caller.organizationId(), id, page, size)
                        .map(found -> new VoucherPage(page, size, batch.count, found.stream()
                                .map(v -> VoucherView.of(v, codes ? vouchers.code(v) : null)).toList())));
    }

    /**
     * Every voucher of the batch with its code and state. Starts with a UTF-8 byte order mark, so a
     * spreadsheet opened on it reads Arabic and Persian plan names as UTF-8 rather than the
     * computer's code page; {@code bom=false} leaves it out for scripts.
     */
    @GET
    @Path("/{id}/vouchers.csv")
    @Produces("text/csv")
    public Uni<Response> csv(@PathParam("id") String id, @QueryParam("bom") @DefaultValue("true") boolean bom) {
        return export.rows(caller, id, null, "BATCH_EXPORTED", Integer.MAX_VALUE, count -> null)
                .map(rows -> Response.ok(BatchExport.csv(rows, bom), "text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"batch-" + id + ".csv\"").build());
    }

    /**
     * The batch's cards as a PDF: A4 sheets of ten, or one per page for a 58 or 80 mm thermal
     * printer; all of a batch up to 5,000 cards, else the serials {@code from} to {@code to}. Vouchers
     * that no longer log in are left out, counted in {@value #NOT_PRINTED} and in a note on the sheet.
     */
    @GET
    @Path("/{id}/cards.pdf")
    @Produces("application/pdf")
    public Uni<Response> cardsPdf(@PathParam("id") String id, @Valid @BeanParam CardSelection selection) {
        return cards.pdf(caller, id, selection.serials(), selection.options())
                .map(pdf -> Response.ok(pdf.document(), "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"cards-" + id + ".pdf\"")
                        .header(NOT_PRINTED, pdf.notPrinted()).build());
    }

    /** The same cards as an HTML page to print from the browser. */
    @GET
    @Path("/{id}/cards.html")
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> cardsHtml(@PathParam("id") String id, @Valid @BeanParam CardSelection selection) {
        return cards.html(caller, id, selection.serials(), selection.options())
                .map(html -> Response.ok(html.document(), "text/html; charset=UTF-8")
                        .header(NOT_PRINTED, html.notPrinted()).build());
    }
}
