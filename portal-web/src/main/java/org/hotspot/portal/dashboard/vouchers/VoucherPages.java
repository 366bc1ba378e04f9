package org.hotspot.portal.dashboard.vouchers;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.sessions.SessionClient;
import org.hotspot.portal.dashboard.sessions.SessionClient.Session;
import org.hotspot.portal.dashboard.vouchers.VoucherClient.Results;
import org.hotspot.portal.dashboard.vouchers.VoucherClient.Voucher;
import org.hotspot.portal.dashboard.vouchers.VoucherViews.Action;
import org.hotspot.portal.dashboard.vouchers.VoucherViews.Filters;
import org.hotspot.portal.dashboard.vouchers.VoucherViews.Row;
import org.hotspot.portal.dashboard.vouchers.VoucherViews.SearchPage;
import org.hotspot.portal.dashboard.vouchers.VoucherViews.SessionRow;
import org.hotspot.portal.dashboard.vouchers.VoucherViews.StateOption;
import org.hotspot.portal.dashboard.vouchers.VoucherViews.VoucherPage;
import org.hotspot.portal.dashboard.web.BackendCall;
import org.hotspot.portal.dashboard.web.BackendCall.Outcome;
import org.hotspot.portal.dashboard.web.PageProblem;

/**
 * The vouchers pages: a search (by code, or by batch, serial range, state and MAC, paged by
 * voucher-service), and a voucher's page with its devices, sessions and usage timeline, and revoke,
 * disable and enable, each confirmed on the page first so it works without JavaScript. Addresses
 * name a voucher by its id, never its code, so codes stay out of histories and logs; viewers never
 * get a code from voucher-service and are offered no action.
 */
@PermitAll
@Path("/dashboard/vouchers")
@Produces(MediaType.TEXT_HTML)
public class VoucherPages {

    static final int PAGE_SIZE = 25;

    private static final Pattern ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<Role> ACTORS = Set.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN, Role.OPERATOR);
    private static final int SESSIONS_SHOWN = 100;

    private final VoucherClient vouchers;
    private final SessionClient sessions;
    private final PlanNames plans;
    private final SignedIn signedIn;
    private final HtmlPages pages;
    private final Template search;
    private final Template voucher;

    public VoucherPages(@RestClient VoucherClient vouchers, @RestClient SessionClient sessions,
            @RestClient PlanNames plans, SignedIn signedIn, HtmlPages pages,
            @Location("dashboard/vouchers/search.html") Template search,
            @Location("dashboard/vouchers/voucher.html") Template voucher) {
        this.vouchers = vouchers;
        this.sessions = sessions;
        this.plans = plans;
        this.signedIn = signedIn;
        this.pages = pages;
        this.search = search;
        this.voucher = voucher;
    }

    @GET
    public Uni<Response> search(@QueryParam("batch") String batch, @QueryParam("serialFrom") String serialFrom,
            @QueryParam("serialTo") String serialTo, @QueryParam("state") String state, @QueryParam("mac") String mac,
            @QueryParam("page") String page) {
        Filters filters = new Filters(Links.given(batch), Links.given(serialFrom), Links.given(serialTo),
                Links.given(state), Links.given(mac));
        return results(filters, Links.page(page), null, null).map(found -> page(200, this.search, found));
    }

    /** The find-by-code form: a POST, so the code goes in no address; to the voucher's page when found. */
    @POST
    @Path("/find")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> find(@FormParam("code") String code) {
        String typed = Links.given(code);
        if (typed == null) {
            return Uni.createFrom().item(Response.seeOther(URI.create("/dashboard/vouchers")).build());
        }
        return attempt(vouchers.byCode(signedIn.authorization(), signedIn.requestId(), typed))
                .chain(outcome -> {
                    if (!outcome.failed()) {
                        return Uni.createFrom().item(Response.seeOther(
                                URI.create("/dashboard/vouchers/" + Links.segment(outcome.value().id()))).build());
                    }
                    boolean notFound = outcome.problem().status() == 404 || outcome.problem().status() == 400;
                    return results(new Filters(null, null, null, null, null), 0, typed,
                            notFound ? null : outcome.problem())
                            .map(found -> notFound ? withCodeProblem(found) : found)
                            .map(found -> page(notFound ? 404 : outcome.problem().status(), this.search, found));
                });
    }

    private static SearchPage withCodeProblem(SearchPage found) {
        return new SearchPage(found.filters(), found.states(), found.code(), "codeNotFound", found.rows(),
                found.total(), found.from(), found.to(), found.previousHref(), found.nextHref(), found.pageNumber(),
                found.problem(), found.showCodes());
    }

    private Uni<SearchPage> results(Filters filters, int page, String code, PageProblem earlier) {
        List<StateOption> states = VoucherViews.STATES.stream()
                .map(value -> new StateOption(value, "state" + value, value.equals(filters.state())))
                .toList();
        boolean showCodes = signedIn.operator().role() != Role.VIEWER;
        return attempt(vouchers.search(signedIn.authorization(), signedIn.requestId(), filters.batch(),
                filters.serialFrom(), filters.serialTo(), filters.state(), filters.mac(), null, page, PAGE_SIZE))
                .map(outcome -> {
                    PageProblem problem = earlier != null ? earlier : outcome.problem();
                    if (outcome.failed()) {
                        return new SearchPage(filters, states, code, null, List.of(), 0, 0, 0, null, null, page + 1,
                                problem, showCodes);
                    }
                    Results found = outcome.value();
                    List<Row> rows = found.vouchers().stream().map(v -> row(v, showCodes)).toList();
                    int from = rows.isEmpty() ? 0 : page * PAGE_SIZE + 1;
                    int to = rows.isEmpty() ? 0 : page * PAGE_SIZE + rows.size();
                    String previous = page > 0
                            ? Links.withQuery("/dashboard/vouchers", filters.parameters(page - 1)) : null;
                    String next = to < found.total()
                            ? Links.withQuery("/dashboard/vouchers", filters.parameters(page + 1)) : null;
                    return new SearchPage(filters, states, code, null, rows, found.total(), from, to, previous, next,
                            page + 1, problem, showCodes);
                });
    }

    /**
     * A voucher's page by its id. Anything else is not found, a code too: codes are found with the
     * find form (a POST), never looked up from an address that browsers and proxies keep.
     */
    @GET
    @Path("/{ref}")
    public Uni<Response> voucher(@PathParam("ref") String ref, @QueryParam("confirm") String confirm,
            @QueryParam("done") String done) {
        if (!ID.matcher(ref).matches()) {
            return Uni.createFrom().item(page(404, this.search, empty(notFoundProblem())));
        }
        return byId(ref).chain(outcome -> outcome.failed() ? Uni.createFrom().item(notFound(outcome.problem()))
                : voucherPage(outcome.value(), confirm, doneKey(done), null, null)
                        .map(page -> page(200, this.voucher, page)));
    }

    /** Revoke, disable or enable, confirmed on the voucher's page; back to it with the outcome announced. */
    @POST
    @Path("/{id}/{action:revoke|disable|enable}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> act(@PathParam("id") String id, @PathParam("action") String action) {
        return byId(id).chain(found -> {
            if (found.failed()) {
                return Uni.createFrom().item(notFound(found.problem()));
            }
            Voucher current = found.value();
            if (!ACTORS.contains(signedIn.operator().role()) || current.code() == null) {
                return voucherPage(current, null, null, "readOnlyNote", null)
                        .map(page -> page(403, this.voucher, page));
            }
            return attempt(vouchers.act(signedIn.authorization(), signedIn.requestId(), current.code(), action))
                    .chain(outcome -> {
                        if (!outcome.failed()) {
                            return Uni.createFrom().item(Response.seeOther(URI.create("/dashboard/vouchers/"
                                    + Links.segment(id) + "?done=" + action)).build());
                        }
                        PageProblem problem = outcome.problem();
                        String refusal = problem.status() == 409 ? "refusedTransition" : null;
                        Voucher shown = current;
                        return byId(id).chain(fresh -> voucherPage(fresh.failed() ? shown : fresh.value(), null, null,
                                refusal, refusal == null ? problem : null))
                                .map(page -> page(problem.status(), this.voucher, page));
                    });
        });
    }

    private Uni<Outcome<Voucher>> byId(String id) {
        if (!ID.matcher(id).matches()) {
            return Uni.createFrom().item(new Outcome<>(null, notFoundProblem()));
        }
        return attempt(vouchers.search(signedIn.authorization(), signedIn.requestId(), null, null, null, null, null,
                id, 0, 1))
                .map(outcome -> outcome.failed() || !outcome.value().vouchers().isEmpty()
                        ? new Outcome<>(outcome.failed() ? null : outcome.value().vouchers().get(0), outcome.problem())
                        : new Outcome<>(null, notFoundProblem()));
    }

    private PageProblem notFoundProblem() {
        return new PageProblem(404, "problemNotFound", null, List.of(), signedIn.requestId());
    }

    private Uni<VoucherPage> voucherPage(Voucher shown, String confirm, String done, String refusal,
            PageProblem problem) {
        boolean showCodes = signedIn.operator().role() != Role.VIEWER;
        Row row = row(shown, showCodes);
        boolean actor = ACTORS.contains(signedIn.operator().role());
        List<Action> actions = actor ? actions(shown, row) : List.of();
        Action confirming = actions.stream().filter(action -> action.name().equals(confirm)).findFirst().orElse(null);
        Uni<Outcome<SessionClient.Page>> theirSessions = attempt(sessions.list(signedIn.authorization(),
                signedIn.requestId(), false, null, shown.id(), null, null, null, 0, SESSIONS_SHOWN));
        Uni<Outcome<PlanNames.Plan>> plan = attempt(plans.plan(signedIn.authorization(), signedIn.requestId(),
                shown.profileId()));
        return Uni.combine().all().unis(theirSessions, plan).asTuple().map(both -> {
            List<Session> found = both.getItem1().failed() ? List.of() : both.getItem1().value().sessions();
            long max = found.stream().mapToLong(s -> s.bytesIn() + s.bytesOut()).max().orElse(0);
            List<SessionRow> rows = found.stream()
                    .map(s -> new SessionRow(s, s.bytesIn() + s.bytesOut(), Math.max(1, max)))
                    .toList();
            List<SessionRow> timeline = rows.stream()
                    .sorted(Comparator.comparing((SessionRow s) -> s.session().startedAt(),
                            Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            String planName = both.getItem2().failed() ? null : both.getItem2().value().name();
            return new VoucherPage(row, planName, rows, timeline, !both.getItem1().failed(), actions, confirming,
                    !actor, done, refusal, problem, signedIn.csrfToken());
        });
    }

    /** What the voucher's state allows, as voucher-service's rules go: revoke unless revoked, and disable or enable. */
    private static List<Action> actions(Voucher shown, Row row) {
        String state = shown.state();
        List<String> names = "REVOKED".equals(state) ? List.of()
                : "DISABLED".equals(state) ? List.of("enable", "revoke")
                : "UNUSED".equals(state) || "ACTIVE".equals(state) ? List.of("disable", "revoke")
                : List.of("revoke");
        return names.stream()
                .map(name -> new Action(name, name + "Button", row.href() + "?confirm=" + name,
                        row.href() + "/" + name, "revoke".equals(name)))
                .toList();
    }

    private static Row row(Voucher voucher, boolean showCodes) {
        return new Row(voucher, showCodes ? voucher.printedCode() : null);
    }

    private static String doneKey(String done) {
        return done == null ? null : switch (done) {
            case "revoke" -> "doneRevoked";
            case "disable" -> "doneDisabled";
            case "enable" -> "doneEnabled";
            default -> null;
        };
    }

    private Response notFound(PageProblem problem) {
        return page(problem.status() == 400 ? 404 : problem.status(), this.search, empty(
                problem.status() == 400 ? notFoundProblem() : problem));
    }

    private static SearchPage empty(PageProblem problem) {
        return new SearchPage(new Filters(null, null, null, null, null), List.of(), null, null, List.of(), 0, 0, 0,
                null, null, 1, problem, false);
    }

    private <T> Uni<Outcome<T>> attempt(Uni<T> call) {
        return BackendCall.attempt(call, signedIn.requestId());
    }

    private Response page(int status, Template template, Object page) {
        return pages.render(status, "vouchers", template, page);
    }
}
