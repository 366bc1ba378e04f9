package org.hotspot.portal.dashboard.routers;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.problem.Problem.Violation;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.plans.Refusal;
import org.hotspot.portal.dashboard.routers.RouterClient.Router;
import org.hotspot.portal.dashboard.routers.RouterViews.Choice;
import org.hotspot.portal.dashboard.routers.RouterViews.DeletePage;
import org.hotspot.portal.dashboard.routers.RouterViews.FormPage;
import org.hotspot.portal.dashboard.routers.RouterViews.Listing;
import org.hotspot.portal.dashboard.routers.RouterViews.Row;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.vouchers.HtmlPages;
import org.hotspot.portal.dashboard.web.BackendCall;
import org.hotspot.portal.dashboard.web.DashboardFrames;
import org.hotspot.portal.dashboard.web.PageProblem;

/**
 * The routers pages: admins add, edit and delete routers and download their hotspot kits;
 * operators and viewers read the list; resellers are refused (the navigation hides it from them).
 * Every form is a plain POST answered with a redirect to the list (post/redirect/get), or with the
 * form again as typed (the secrets never), beside what is wrong.
 */
@Path("/dashboard/routers")
// The browser session admits the operator: the dashboard filter redirects without one.
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class RouterPages {

    private static final Set<String> NOTICES = Set.of("created", "saved", "deleted");
    private static final Set<Role> EDITORS = Set.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN);
    private static final Set<Role> READERS = Set.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN, Role.OPERATOR, Role.VIEWER);
    private static final String NAV = "routers";

    private final RouterClient routers;
    private final SignedIn signedIn;
    private final HtmlPages pages;
    private final DashboardFrames frames;
    private final Template list;
    private final Template form;
    private final Template delete;

    public RouterPages(@RestClient RouterClient routers, SignedIn signedIn, HtmlPages pages, DashboardFrames frames,
            @Location("dashboard/routers/list.html") Template list,
            @Location("dashboard/routers/form.html") Template form,
            @Location("dashboard/routers/delete.html") Template delete) {
        this.routers = routers;
        this.signedIn = signedIn;
        this.pages = pages;
        this.frames = frames;
        this.list = list;
        this.form = form;
        this.delete = delete;
    }

    @GET
    public Uni<Response> list(@QueryParam("done") String done) {
        if (!READERS.contains(role())) {
            return Uni.createFrom().item(refused());
        }
        String notice = done != null && NOTICES.contains(done) ? "done" + capitalized(done) : null;
        return attempt(routers.list(signedIn.authorization(), signedIn.requestId()))
                .map(outcome -> outcome.fold(
                        found -> page(200, list, new Listing(rows(found), canEdit(), notice, null, null)),
                        problem -> page(problem.status(), list,
                                new Listing(List.of(), canEdit(), null, null, problem))));
    }

    @GET
    @Path("/new")
    public Uni<Response> newRouter() {
        if (!canEdit()) {
            return Uni.createFrom().item(readOnly());
        }
        return formPage(200, RouterForm.empty(), Map.of(), null, null, null, null, false, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(MultivaluedMap<String, String> fields) {
        if (!canEdit()) {
            return Uni.createFrom().item(readOnly());
        }
        RouterForm typed = RouterForm.from(fields::getFirst);
        Map<String, RouterForm.Error> errors = typed.errors(false, false);
        if (!errors.isEmpty()) {
            return formPage(400, typed, keys(errors), "errorSummary", null, null, null, false, false);
        }
        return routers.create(signedIn.authorization(), signedIn.requestId(), typed.body())
                .onItem().transform(created -> Response.seeOther(URI.create("/dashboard/routers?done=created")).build())
                .onFailure().recoverWithUni(failure -> refusedForm(typed, null, null, false, false, failure));
    }

    @GET
    @Path("/{id}/edit")
    public Uni<Response> edit(@PathParam("id") String id) {
        if (!canEdit()) {
            return Uni.createFrom().item(readOnly());
        }
        return attempt(routers.get(signedIn.authorization(), signedIn.requestId(), id))
                .chain(outcome -> outcome.failed() ? Uni.createFrom().item(problemPage(outcome.problem()))
                        : formPage(200, RouterForm.of(outcome.value()), Map.of(), null, null, id,
                                outcome.value().name(), outcome.value().radiusSecretSet(),
                                outcome.value().apiPasswordSet()));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> save(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        if (!canEdit()) {
            return Uni.createFrom().item(readOnly());
        }
        RouterForm typed = RouterForm.from(fields::getFirst);
        return attempt(routers.get(signedIn.authorization(), signedIn.requestId(), id)).chain(stored -> {
            if (stored.failed()) {
                return Uni.createFrom().item(problemPage(stored.problem()));
            }
            Router router = stored.value();
            Map<String, RouterForm.Error> errors = typed.errors(true, router.apiPasswordSet());
            if (!errors.isEmpty()) {
                return formPage(400, typed, keys(errors), "errorSummary", null, id, router.name(),
                        router.radiusSecretSet(), router.apiPasswordSet());
            }
            return routers.update(signedIn.authorization(), signedIn.requestId(), id, typed.body())
                    .onItem().transform(saved -> Response.seeOther(URI.create("/dashboard/routers?done=saved")).build())
                    .onFailure().recoverWithUni(failure -> refusedForm(typed, id, router.name(),
                            router.radiusSecretSet(), router.apiPasswordSet(), failure));
        });
    }

    @GET
    @Path("/{id}/delete")
    public Uni<Response> confirmDelete(@PathParam("id") String id) {
        if (!canEdit()) {
            return Uni.createFrom().item(readOnly());
        }
        return attempt(routers.get(signedIn.authorization(), signedIn.requestId(), id))
                .map(outcome -> outcome.fold(
                        router -> page(200, delete, new DeletePage(id, router.name(), router.nasIp(), null)),
                        this::problemPage));
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> delete(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        if (!canEdit()) {
            return Uni.createFrom().item(readOnly());
        }
        return attempt(routers.delete(signedIn.authorization(), signedIn.requestId(), id))
                .map(outcome -> outcome.failed()
                        ? page(outcome.problem().status(), delete, new DeletePage(id, fields.getFirst("name"),
                                fields.getFirst("nasIp"), outcome.problem()))
                        : Response.seeOther(URI.create("/dashboard/routers?done=deleted")).build());
    }

    /**
     * The router's hotspot kit, from router-gateway with the session's token, answered as it came:
     * a zip archive to download. Admins only, as router-gateway has it.
     */
    @GET
    @Path("/{id}/hotspot-kit")
    @Produces({"application/zip", MediaType.TEXT_HTML})
    public Uni<Response> hotspotKit(@PathParam("id") String id) {
        if (!canEdit()) {
            return Uni.createFrom().item(readOnly());
        }
        return routers.hotspotKit(signedIn.authorization(), signedIn.requestId(), id)
                .map(RouterPages::download)
                .onFailure()
                .recoverWithItem(failure -> problemPage(BackendCall.problem(failure, signedIn.requestId())));
    }

    private static Response download(Response kit) {
        byte[] archive = kit.readEntity(byte[].class);
        return Response.ok(archive, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, kit.getHeaderString(HttpHeaders.CONTENT_DISPOSITION))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private Uni<Response> formPage(int status, RouterForm typed, Map<String, String> errors, String alertKey,
            PageProblem problem, String id, String name, boolean secretSet, boolean apiPasswordSet) {
        // The backups offered: the organization's other routers. Without them the form still works.
        return attempt(routers.list(signedIn.authorization(), signedIn.requestId()))
                .map(outcome -> {
                    List<Choice> backups = outcome.failed() ? List.of() : outcome.value().stream()
                            .filter(router -> !router.id().equals(id))
                            .sorted(Comparator.comparing(Router::name, String.CASE_INSENSITIVE_ORDER))
                            .map(router -> new Choice(router.id(), router.name(),
                                    router.id().equals(typed.backupRouterId())))
                            .toList();
                    return page(status, form, new FormPage(typed.withoutSecrets(), errors, alertKey, problem, id, name,
                            backups, secretSet, apiPasswordSet));
                });
    }

    /** router-gateway's refusal: its violations and known kinds beside the fields, the rest above the form. */
    private Uni<Response> refusedForm(RouterForm typed, String id, String name, boolean secretSet,
            boolean apiPasswordSet, Throwable failure) {
        Refusal refusal = Refusal.of(failure, signedIn.requestId());
        PageProblem problem = refusal.problem();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation violation : problem.violations()) {
            Map.Entry<String, RouterForm.Error> field = RouterForm.fieldOf(violation.field());
            if (field != null) {
                errors.putIfAbsent(field.getKey(), field.getValue().key());
            }
        }
        String kind = refusal.kind() == null ? "" : refusal.kind();
        String detail = problem.detail() == null ? "" : problem.detail();
        if ("router-address-taken".equals(kind)) {
            errors.put("nasIp", RouterForm.Error.ADDRESS_TAKEN.key());
            errors.put("nasIdentifier", RouterForm.Error.ADDRESS_TAKEN.key());
        } else if ("address-unavailable".equals(kind)) {
            errors.put("nasIp", RouterForm.Error.ADDRESS_UNAVAILABLE.key());
        } else if ("not-found".equals(kind) && detail.startsWith("No backup router")) {
            errors.put("backupRouterId", RouterForm.Error.BACKUP.key());
        } else if ("validation".equals(kind) && detail.startsWith("mode API")) {
            errors.put("apiHost", RouterForm.Error.API_NEEDS.key());
        }
        boolean ownWords = !errors.isEmpty();
        return formPage(problem.status(), typed, errors, ownWords ? "errorSummary" : null, ownWords ? null : problem,
                id, name, secretSet, apiPasswordSet);
    }

    private List<Row> rows(List<Router> found) {
        Map<String, String> names = found.stream().collect(Collectors.toMap(Router::id, Router::name, (a, b) -> a));
        var formats = frames.of(signedIn, NAV).formats();
        return found.stream()
                .sorted(Comparator.comparing((Router router) -> router.site() == null ? "" : router.site(),
                        String.CASE_INSENSITIVE_ORDER).thenComparing(Router::name, String.CASE_INSENSITIVE_ORDER))
                .map(router -> Row.of(router, names, formats))
                .toList();
    }

    private static Map<String, String> keys(Map<String, RouterForm.Error> errors) {
        return errors.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().key(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private Role role() {
        return signedIn.operator().role();
    }

    private boolean canEdit() {
        return EDITORS.contains(role());
    }

    private <T> Uni<BackendCall.Outcome<T>> attempt(Uni<T> call) {
        return BackendCall.attempt(call, signedIn.requestId());
    }

    private Response page(int status, Template template, Object page) {
        return pages.render(status, NAV, template, page);
    }

    private Response problemPage(PageProblem problem) {
        return page(problem.status(), list, new Listing(List.of(), canEdit(), null, null, problem));
    }

    /** An operator or viewer asking for an admin's page or posting an admin's form. */
    private Response readOnly() {
        if (!READERS.contains(role())) {
            return refused();
        }
        return page(403, list, new Listing(List.of(), false, null, "readOnlyRefused", null));
    }

    /** A reseller: routers are not theirs to see. */
    private Response refused() {
        return page(403, list, new Listing(List.of(), false, null, "resellerRefused", null));
    }
}
