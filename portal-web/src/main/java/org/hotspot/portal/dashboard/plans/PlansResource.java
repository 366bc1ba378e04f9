package org.hotspot.portal.dashboard.plans;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.problem.Problem.Violation;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.web.DashboardFrame;
import org.hotspot.portal.dashboard.web.DashboardFrames;

/**
 * The plans pages: everyone in the organization reads the list (a reseller the plans they sell);
 * org admins and operators create, edit and retire. Every form works as a plain POST and answers
 * with a redirect to the list (post/redirect/get), or with the form again, as typed, beside what is
 * wrong.
 */
@Path("/dashboard/plans")
// The browser session, not a bearer token, admits the operator: the dashboard filter redirects without one.
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PlansResource {

    /** The notices the list shows after an action (never a text from the query: only these keys). */
    private static final Set<String> NOTICES = Set.of("created", "saved", "retired");
    private static final Set<Role> EDITORS = Set.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN, Role.OPERATOR);

    private final PlanRestClient plans;
    private final SignedIn signedIn;
    private final DashboardFrames frames;
    private final Template list;
    private final Template form;
    private final Template retire;

    PlansResource(@RestClient PlanRestClient plans, SignedIn signedIn, DashboardFrames frames,
            @Location("dashboard/plans/list.html") Template list, @Location("dashboard/plans/form.html") Template form,
            @Location("dashboard/plans/retire.html") Template retire) {
        this.plans = plans;
        this.signedIn = signedIn;
        this.frames = frames;
        this.list = list;
        this.form = form;
        this.retire = retire;
    }

    @GET
    public Uni<Response> list(@QueryParam("done") String done, @QueryParam("changed") Long changed) {
        DashboardFrame frame = frames.of(signedIn, "plans");
        String notice = done != null && NOTICES.contains(done) ? done : null;
        String changedText = "saved".equals(notice) && changed != null && changed > 0
                ? frame.formats().number(changed) : null;
        return plans.list(signedIn.authorization())
                .onItemOrFailure().transform((found, failure) -> {
                    if (failure != null) {
                        Refusal refusal = Refusal.of(failure, signedIn.requestId());
                        return HtmlPages.render(refusal.problem().status(), list, frame,
                                new PlanPages.Listing(List.of(), canEdit(), null, null, refusal.alert()));
                    }
                    List<PlanRow> rows = found.stream().map(plan -> PlanRow.of(plan, frame.formats(),
                            frame.language())).toList();
                    return HtmlPages.render(200, list, frame,
                            new PlanPages.Listing(rows, canEdit(), notice, changedText, null));
                });
    }

    @GET
    @Path("/new")
    public Response newPlan() {
        if (!canEdit()) {
            return forbidden();
        }
        return HtmlPages.render(200, form, frame(),
                new PlanPages.Form(PlanForm.empty(null), Map.of(), null, null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(MultivaluedMap<String, String> fields) {
        if (!canEdit()) {
            return Uni.createFrom().item(forbidden());
        }
        PlanForm typed = PlanForm.from(fields::getFirst);
        if (!typed.errors().isEmpty()) {
            return Uni.createFrom().item(invalid(typed, null, null));
        }
        return plans.create(signedIn.authorization(), typed.body())
                .onItemOrFailure().transform((created, failure) -> failure == null
                        ? Response.seeOther(URI.create("/dashboard/plans?done=created")).build()
                        : refused(typed, null, null, failure));
    }

    @GET
    @Path("/{id}/edit")
    public Uni<Response> edit(@PathParam("id") String id) {
        if (!canEdit()) {
            return Uni.createFrom().item(forbidden());
        }
        return plans.get(signedIn.authorization(), id)
                .onItemOrFailure().transform((plan, failure) -> failure == null
                        ? HtmlPages.render(200, form, frame(),
                                new PlanPages.Form(PlanForm.of(plan), Map.of(), null, plan.id(),
                                        plan.name()))
                        : problemPage(failure));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> save(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        if (!canEdit()) {
            return Uni.createFrom().item(forbidden());
        }
        PlanForm typed = PlanForm.from(fields::getFirst);
        String name = fields.getFirst("originalName");
        if (!typed.errors().isEmpty()) {
            return Uni.createFrom().item(invalid(typed, id, name));
        }
        return plans.update(signedIn.authorization(), id, typed.scope(), typed.body())
                .onItemOrFailure().transform((saved, failure) -> failure == null
                        ? Response.seeOther(URI.create("/dashboard/plans?done=saved"
                                + (saved.vouchersChanged() == null ? "" : "&changed=" + saved.vouchersChanged())))
                                .build()
                        : refused(typed, id, name, failure));
    }

    @GET
    @Path("/{id}/retire")
    public Uni<Response> confirmRetire(@PathParam("id") String id) {
        if (!canEdit()) {
            return Uni.createFrom().item(forbidden());
        }
        return plans.get(signedIn.authorization(), id)
                .onItemOrFailure().transform((plan, failure) -> failure == null
                        ? HtmlPages.render(200, retire, frame(), new PlanPages.Retire(plan.id(), plan.name(), null))
                        : problemPage(failure));
    }

    @POST
    @Path("/{id}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> retire(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        if (!canEdit()) {
            return Uni.createFrom().item(forbidden());
        }
        return plans.retire(signedIn.authorization(), id)
                .onItemOrFailure().transform((plan, failure) -> {
                    if (failure == null) {
                        return Response.seeOther(URI.create("/dashboard/plans?done=retired")).build();
                    }
                    Refusal refusal = Refusal.of(failure, signedIn.requestId());
                    return HtmlPages.render(refusal.problem().status(), retire, frame(),
                            new PlanPages.Retire(id, fields.getFirst("name"), refusal.alert()));
                });
    }

    private boolean canEdit() {
        return EDITORS.contains(signedIn.operator().role());
    }

    private DashboardFrame frame() {
        return frames.of(signedIn, "plans");
    }

    private Response invalid(PlanForm typed, String id, String name) {
        Map<String, String> errors = new LinkedHashMap<>();
        typed.errors().forEach((field, error) -> errors.put(field, error.key()));
        return HtmlPages.render(400, form, frame(),
                new PlanPages.Form(typed, errors, Alert.own("errorSummary"), id, name));
    }

    /** voucher-service's refusal: its violations beside the fields they name, the rest above the form. */
    private Response refused(PlanForm typed, String id, String name, Throwable failure) {
        Refusal refusal = Refusal.of(failure, signedIn.requestId());
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation violation : refusal.problem().violations()) {
            Map.Entry<String, PlanForm.Error> field = PlanForm.fieldOf(violation.field());
            if (field != null) {
                errors.putIfAbsent(field.getKey(), field.getValue().key());
            }
        }
        if ("duplicate-name".equals(refusal.kind())) {
            errors.put("name", PlanForm.Error.NAME_TAKEN.key());
        }
        return HtmlPages.render(refusal.problem().status(), form, frame(),
                new PlanPages.Form(typed, errors, refusal.alert(), id, name));
    }

    private Response problemPage(Throwable failure) {
        Refusal refusal = Refusal.of(failure, signedIn.requestId());
        return HtmlPages.render(refusal.problem().status(), list, frame(),
                new PlanPages.Listing(List.of(), canEdit(), null, null, refusal.alert()));
    }

    private Response forbidden() {
        return HtmlPages.render(403, list, frame(),
                new PlanPages.Listing(List.of(), false, null, null, Alert.own("readOnly")));
    }
}
