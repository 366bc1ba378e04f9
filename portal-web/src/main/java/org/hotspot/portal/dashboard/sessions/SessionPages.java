package org.hotspot.portal.dashboard.sessions;

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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.sessions.SessionViews.Filters;
import org.hotspot.portal.dashboard.sessions.SessionViews.ListPage;
import org.hotspot.portal.dashboard.sessions.SessionViews.RouterOption;
import org.hotspot.portal.dashboard.sessions.SessionViews.Row;
import org.hotspot.portal.dashboard.settings.OrganizationLooks;
import org.hotspot.portal.dashboard.vouchers.HtmlPages;
import org.hotspot.portal.dashboard.vouchers.Links;
import org.hotspot.portal.dashboard.vouchers.VoucherClient;
import org.hotspot.portal.dashboard.web.BackendCall;
import org.hotspot.portal.dashboard.web.BackendCall.Outcome;
import org.hotspot.portal.dashboard.web.PageProblem;

/**
 * The sessions page: who is online now, and the history, of the organization or of one voucher,
 * a page at a time from session-service. An open session has a Disconnect button that first asks
 * on the page itself (no JavaScript needed), then posts; the outcome is announced in the live region.
 */
@PermitAll
@Path("/dashboard/sessions")
@Produces(MediaType.TEXT_HTML)
public class SessionPages {

    static final int PAGE_SIZE = 25;

    private final SessionClient sessions;
    private final RouterNames routerNames;
    private final VoucherClient voucherIds;
    private final OrganizationLooks looks;
    private final SignedIn signedIn;
    private final HtmlPages pages;
    private final Template list;

    public SessionPages(@RestClient SessionClient sessions, @RestClient RouterNames routerNames,
            @RestClient VoucherClient voucherIds, OrganizationLooks looks, SignedIn signedIn,
            HtmlPages pages,
            @Location("dashboard/sessions/list.html") Template list) {
        this.sessions = sessions;
        this.routerNames = routerNames;
        this.voucherIds = voucherIds;
        this.looks = looks;
        this.signedIn = signedIn;
        this.pages = pages;
        this.list = list;
    }

    @GET
    public Uni<Response> list(@QueryParam("view") String view, @QueryParam("voucherId") String voucher,
            @QueryParam("router") String router, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("confirm") String confirm, @QueryParam("done") String done) {
        Filters filters = new Filters(!"history".equals(view), Links.given(voucher), Links.given(router),
                Links.given(from), Links.given(to), Links.page(page));
        return render(filters, Links.given(confirm), "sent".equals(done) ? "disconnectSent" : null, null, null, 200);
    }

    /**
     * The filter form: a POST, so a typed voucher code goes in no address (nor the browser's history,
     * nor a proxy's log). The code becomes its voucher's id, and the list's address carries that.
     */
    @POST
    @Path("/find")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> find(@FormParam("view") String view, @FormParam("code") String code,
            @FormParam("voucherId") String voucherId, @FormParam("router") String router,
            @FormParam("from") String from, @FormParam("to") String to) {
        boolean active = !"history".equals(view);
        String typed = Links.given(code);
        if (typed == null) {
            Filters filters = new Filters(active, Links.given(voucherId), Links.given(router), Links.given(from),
                    Links.given(to), 0);
            return Uni.createFrom().item(listAt(filters));
        }
        return BackendCall.attempt(voucherIds.byCode(signedIn.authorization(), signedIn.requestId(), typed),
                signedIn.requestId())
                .chain(outcome -> {
                    if (!outcome.failed()) {
                        return Uni.createFrom().item(listAt(new Filters(active, outcome.value().id(),
                                Links.given(router), Links.given(from), Links.given(to), 0)));
                    }
                    Filters filters = new Filters(active, null, Links.given(router), Links.given(from),
                            Links.given(to), 0);
                    boolean notFound = outcome.problem().status() == 404 || outcome.problem().status() == 400;
                    return render(filters, null, null, notFound ? "codeNotFound" : null,
                            notFound ? null : outcome.problem(), notFound ? 404 : outcome.problem().status());
                });
    }

    private static Response listAt(Filters filters) {
        return Response.seeOther(URI.create(Links.withQuery("/dashboard/sessions", filters.parameters(0)))).build();
    }

    /** The confirmed Disconnect: back to the list it was asked from, the outcome in the live region. */
    @POST
    @Path("/{id}/disconnect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> disconnect(@PathParam("id") String id, @FormParam("view") String view,
            @FormParam("voucherId") String voucher, @FormParam("router") String router,
            @FormParam("from") String from, @FormParam("to") String to, @FormParam("page") String page) {
        Filters filters = new Filters(!"history".equals(view), Links.given(voucher), Links.given(router),
                Links.given(from), Links.given(to), Links.page(page));
        return BackendCall.attempt(sessions.disconnect(signedIn.authorization(), signedIn.requestId(), id),
                signedIn.requestId())
                .chain(outcome -> {
                    if (!outcome.failed()) {
                        Map<String, String> parameters = filters.parameters(filters.page());
                        parameters.put("done", "sent");
                        String back = Links.withQuery("/dashboard/sessions", parameters);
                        return Uni.createFrom().item(Response.seeOther(URI.create(back)).build());
                    }
                    PageProblem problem = outcome.problem();
                    String refusal = problem.status() == 409 ? "sessionClosed"
                            : problem.status() == 404 ? "sessionNotFound" : null;
                    return render(filters, null, null, refusal, refusal == null ? problem : null, problem.status());
                });
    }

    private Uni<Response> render(Filters filters, String confirm, String done, String refusal, PageProblem earlier,
            int status) {
        boolean canDisconnect = signedIn.operator().role() != Role.VIEWER;
        ZoneId zone = looks.of(signedIn.operator().organizationId()).zone();
        Uni<Outcome<SessionClient.Page>> listed = BackendCall.attempt(sessions.list(signedIn.authorization(),
                signedIn.requestId(), filters.active(), null, filters.voucher(), filters.router(),
                filters.fromInstant(zone), filters.toInstant(zone), filters.page(), PAGE_SIZE), signedIn.requestId());
        Uni<Outcome<List<RouterNames.Router>>> named = BackendCall.attempt(
                routerNames.routers(signedIn.authorization(), signedIn.requestId()), signedIn.requestId());
        return Uni.combine().all().unis(listed, named).asTuple()
                .map(both -> {
                    Outcome<SessionClient.Page> outcome = both.getItem1();
                    List<RouterOption> routers = both.getItem2().failed() ? List.of()
                            : both.getItem2().value().stream()
                                    .map(r -> new RouterOption(r.id(), r.name(), r.id().equals(filters.router())))
                                    .toList();
                    List<SessionClient.Session> found = outcome.failed() ? List.of() : outcome.value().sessions();
                    List<Row> rows = found.stream().map(session -> {
                        boolean offered = canDisconnect && session.open();
                        String confirmHref = offered ? Links.withQuery("/dashboard/sessions",
                                withConfirm(filters, session.id())) + "#confirm" : null;
                        String postHref = offered ? "/dashboard/sessions/" + Links.segment(session.id()) + "/disconnect"
                                : null;
                        String routerName = routers.stream().filter(r -> r.id().equals(session.routerId()))
                                .map(RouterOption::name).findFirst().orElse(session.routerId());
                        return new Row(session, routerName, confirmHref, postHref,
                                offered && session.id().equals(confirm));
                    }).toList();
                    String previous = filters.page() > 0 ? filters.href(filters.page() - 1) : null;
                    String next = found.size() == PAGE_SIZE ? filters.href(filters.page() + 1) : null;
                    ListPage page = new ListPage(filters, routers, rows, filters.showing(true).href(0),
                            filters.showing(false).href(0), previous, next, filters.page() + 1L,
                            canDisconnect, done, refusal, earlier != null ? earlier : outcome.problem(),
                            signedIn.csrfToken());
                    int shown = earlier == null && refusal == null && outcome.failed() ? outcome.problem().status()
                            : status;
                    return pages.render(shown, "sessions", list, page);
                });
    }

    private static Map<String, String> withConfirm(Filters filters, String sessionId) {
        Map<String, String> parameters = filters.parameters(filters.page());
        parameters.put("confirm", sessionId);
        return parameters;
    }
}
