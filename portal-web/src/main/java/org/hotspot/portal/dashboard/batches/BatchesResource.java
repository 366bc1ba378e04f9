package org.hotspot.portal.dashboard.batches;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.problem.Problem.Violation;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.plans.Alert;
import org.hotspot.portal.dashboard.plans.HtmlPages;
import org.hotspot.portal.dashboard.plans.Plan;
import org.hotspot.portal.dashboard.plans.PlanCatalogue;
import org.hotspot.portal.dashboard.plans.Prices;
import org.hotspot.portal.dashboard.plans.Refusal;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.web.DashboardFrame;
import org.hotspot.portal.dashboard.web.DashboardFrames;

/**
 * The batches pages: the list (server-side paging), making a batch, and a batch's page with its
 * live progress while it is made, then its vouchers. Everyone in the organization reads; all but
 * viewers make batches (a reseller pays from credit); viewers never see a code.
 */
@Path("/dashboard/batches")
// The browser session, not a bearer token, admits the operator: the dashboard filter redirects without one.
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class BatchesResource {

    private static final int BATCHES_PER_PAGE = 20;
    private static final int VOUCHERS_PER_PAGE = 50;
    /** voucher-service's highest page number (its Pages.MAX_PAGE); beyond it a link would only fail. */
    private static final int MAX_PAGE = 10_000;

    private final BatchRestClient batches;
    private final PlanCatalogue plans;
    private final SignedIn signedIn;
    private final DashboardFrames frames;
    private final Template list;
    private final Template form;
    private final Template batch;
    private final Template progress;

    BatchesResource(@RestClient BatchRestClient batches, PlanCatalogue plans, SignedIn signedIn,
            DashboardFrames frames, @Location("dashboard/batches/list.html") Template list,
            @Location("dashboard/batches/form.html") Template form,
            @Location("dashboard/batches/batch.html") Template batch,
            @Location("dashboard/batches/progress.html") Template progress) {
        this.batches = batches;
        this.plans = plans;
        this.signedIn = signedIn;
        this.frames = frames;
        this.list = list;
        this.form = form;
        this.batch = batch;
        this.progress = progress;
    }

    @GET
    public Uni<Response> list(@QueryParam("page") @DefaultValue("0") int page) {
        int number = Math.max(0, Math.min(page, MAX_PAGE));
        DashboardFrame frame = frame();
        return batches.list(signedIn.authorization(), number, BATCHES_PER_PAGE)
                .chain(found -> withUnused(found).map(unused -> {
                    List<BatchPages.Row> rows = new ArrayList<>(found.size());
                    for (int i = 0; i < found.size(); i++) {
                        rows.add(BatchRows.row(found.get(i), unused.get(i), frame));
                    }
                    Integer next = found.size() == BATCHES_PER_PAGE && number < MAX_PAGE ? number + 1 : null;
                    return HtmlPages.render(200, list, frame, new BatchPages.Listing(rows, canCreate(),
                            number > 0 ? number - 1 : null, next, null));
                }))
                .onFailure().recoverWithItem(failure -> problem(failure, frame));
    }

    /** How many vouchers of each batch are still unused, asked all at once; null for one being made or unknown. */
    private Uni<List<Integer>> withUnused(List<Batch> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<Integer>> counts = found.stream().map(this::unused).toList();
        return Uni.join().all(counts).andCollectFailures();
    }

    /**
     * The batch's unused vouchers, counted by voucher-service's search; null while it is made or when
     * the search does not answer (the list then shows no counts rather than no batches).
     */
    private Uni<Integer> unused(Batch found) {
        if (!found.ready()) {
            return Uni.createFrom().nullItem();
        }
        return batches.search(signedIn.authorization(), found.id(), "UNUSED", 1)
                .map(Voucher.Page::total)
                .onFailure().recoverWithNull();
    }

    @GET
    @Path("/new")
    public Uni<Response> newBatch(@QueryParam("plan") String planId) {
        if (!canCreate()) {
            return Uni.createFrom().item(forbidden());
        }
        return formPage(200, BatchForm.empty(planId), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(MultivaluedMap<String, String> fields) {
        if (!canCreate()) {
            return Uni.createFrom().item(forbidden());
        }
        BatchForm typed = BatchForm.from(fields::getFirst);
        if (!typed.errors().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            typed.errors().forEach((field, error) -> errors.put(field, error.key()));
            return formPage(400, typed, errors, Alert.own("errorSummary"));
        }
        return batches.create(signedIn.authorization(), typed.order())
                .onItemOrFailure().transformToUni((made, failure) -> failure == null
                        ? Uni.createFrom()
                                .item(Response.seeOther(URI.create("/dashboard/batches/" + made.id())).build())
                        : refused(typed, failure));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> batch(@PathParam("id") String id, @QueryParam("page") @DefaultValue("0") int page) {
        int number = Math.max(0, Math.min(page, MAX_PAGE));
        DashboardFrame frame = frame();
        boolean showCodes = showCodes();
        return batches.get(signedIn.authorization(), id)
                .chain(found -> found.ready()
                        ? Uni.combine().all().unis(batches.vouchers(signedIn.authorization(), id, number,
                                VOUCHERS_PER_PAGE), unused(found))
                                .with((vouchers, unused) -> batchPage(found, unused, vouchers, number, showCodes,
                                        frame))
                        : Uni.createFrom().item(batchPage(found, null, null, number, showCodes, frame)))
                .onFailure().recoverWithItem(failure -> problem(failure, frame));
    }

    /**
     * The progress fragment htmx polls every second while the batch is made. Once it is done the
     * answer asks htmx to reload the page ({@code HX-Refresh}), which then lists the vouchers.
     */
    @GET
    @Path("/{id}/progress")
    public Uni<Response> progress(@PathParam("id") String id) {
        DashboardFrame frame = frame();
        return batches.get(signedIn.authorization(), id)
                .map(found -> {
                    Response fragment = HtmlPages.render(200, progress, frame, BatchRows.progress(found, frame));
                    return found.generating() ? fragment
                            : Response.fromResponse(fragment).header("HX-Refresh", "true").build();
                })
                .onFailure().recoverWithItem(failure -> problem(failure, frame));
    }

    private Response batchPage(Batch found, Integer unused, Voucher.Page vouchers, int number, boolean showCodes,
            DashboardFrame frame) {
        List<BatchPages.VoucherRow> rows = vouchers == null ? List.of()
                : vouchers.vouchers().stream().map(v -> BatchRows.voucher(v, showCodes, frame)).toList();
        boolean more = vouchers != null && (long) (number + 1) * VOUCHERS_PER_PAGE < vouchers.total()
                && number < MAX_PAGE;
        String pageOf = vouchers == null || vouchers.vouchers().isEmpty() ? null
                : frame.formats().number((long) vouchers.vouchers().get(0).serial()) + "–"
                        + frame.formats().number((long) vouchers.vouchers().get(vouchers.vouchers().size() - 1)
                                .serial());
        return HtmlPages.render(200, batch, frame, new BatchPages.Batch(BatchRows.row(found, unused, frame),
                BatchRows.progress(found, frame), rows, showCodes, number > 0 ? number - 1 : null,
                more ? number + 1 : null, pageOf, null));
    }

    private Uni<Response> formPage(int status, BatchForm typed, Map<String, String> errors, Alert alert) {
        DashboardFrame frame = frame();
        Uni<String> credit = signedIn.operator().role() == Role.RESELLER
                ? batches.me(signedIn.authorization())
                        .map(me -> Prices.format(me.credit(), me.currency(), frame.language()))
                        .onFailure().recoverWithNull()
                : Uni.createFrom().nullItem();
        return plans.forSale(signedIn.authorization())
                .onFailure().recoverWithItem(List.<Plan>of())
                .chain(forSale -> credit.map(text -> HtmlPages.render(status, form, frame, new BatchPages.Form(typed,
                        forSale.stream().map(plan -> new BatchPages.Choice(plan.id(), plan.name(),
                                Prices.format(plan.price(), plan.currency(), frame.language()))).toList(),
                        errors, text, alert))));
    }

    /** voucher-service's refusal: credit, a plan not allowed or retired, or its violations beside the fields. */
    private Uni<Response> refused(BatchForm typed, Throwable failure) {
        Refusal refusal = Refusal.of(failure, signedIn.requestId());
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation violation : refusal.problem().violations()) {
            Map.Entry<String, BatchForm.Error> field = BatchForm.fieldOf(violation.field());
            if (field != null) {
                errors.putIfAbsent(field.getKey(), field.getValue().key());
            }
        }
        return formPage(refusal.problem().status(), typed, errors, refusal.alert());
    }

    private Response problem(Throwable failure, DashboardFrame frame) {
        Refusal refusal = Refusal.of(failure, signedIn.requestId());
        return HtmlPages.render(refusal.problem().status(), list, frame,
                new BatchPages.Listing(List.of(), canCreate(), null, null, refusal.alert()));
    }

    private Response forbidden() {
        return HtmlPages.render(403, list, frame(), new BatchPages.Listing(List.of(), false, null, null,
                Alert.own("errorForbidden")));
    }

    private boolean canCreate() {
        return signedIn.operator().role() != Role.VIEWER;
    }

    private boolean showCodes() {
        return signedIn.operator().role() != Role.VIEWER;
    }

    private DashboardFrame frame() {
        return frames.of(signedIn, "batches");
    }
}
