package org.hotspot.portal.dashboard.batches;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.plans.Alert;
import org.hotspot.portal.dashboard.plans.HtmlPages;
import org.hotspot.portal.dashboard.plans.Refusal;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.web.DashboardFrame;
import org.hotspot.portal.dashboard.web.DashboardFrames;

/**
 * A batch's codes leaving the dashboard: the CSV export, and printing (the choice of paper and
 * cards, the preview, the PDF). Each goes through portal-web with the session's token, so the
 * browser never holds one; none is for a viewer (voucher-service refuses them too).
 */
@Path("/dashboard/batches/{id}")
// The browser session, not a bearer token, admits the operator: the dashboard filter redirects without one.
@PermitAll
public class CardsResource {

    /** voucher-service's count of vouchers left off a print because they no longer log in. */
    static final String NOT_PRINTED = "X-Hotspot-Skipped-Vouchers";
    /**
     * The service's card page carries its print stylesheet inline, which the dashboard's policy
     * ({@code style-src 'self'}) would block; the preview serves it from {@code cards.css} instead.
     */
    private static final Pattern INLINE_STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    private static final List<String> LAYOUTS = List.of("a4", "thermal-58", "thermal-80");

    /** The print stylesheet of each layout, as the service last sent it: the same for every batch. */
    private final Map<String, String> stylesheets = new ConcurrentHashMap<>();
    private final BatchRestClient batches;
    private final SignedIn signedIn;
    private final DashboardFrames frames;
    private final Template print;
    private final Template list;

    CardsResource(@RestClient BatchRestClient batches, SignedIn signedIn, DashboardFrames frames,
            @Location("dashboard/batches/print.html") Template print,
            @Location("dashboard/batches/list.html") Template list) {
        this.batches = batches;
        this.signedIn = signedIn;
        this.frames = frames;
        this.print = print;
        this.list = list;
    }

    /** Every voucher of the batch with its code, as voucher-service writes the CSV. */
    @GET
    @Path("/vouchers.csv")
    public Uni<Response> csv(@PathParam("id") String id) {
        if (viewer()) {
            return Uni.createFrom().item(refusedToViewer());
        }
        return batches.csv(signedIn.authorization(), id)
                .map(answer -> passOn(answer, "text/csv; charset=UTF-8"))
                .onFailure().recoverWithItem(this::problem);
    }

    /** The print form; with a valid choice, the preview and PDF links for it. */
    @GET
    @Path("/print")
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> print(@PathParam("id") String id, @QueryParam("layout") String layout,
            @QueryParam("which") String which, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("card") String card) {
        if (viewer()) {
            return Uni.createFrom().item(refusedToViewer());
        }
        CardChoice choice = CardChoice.of(layout, which, from, to, card);
        DashboardFrame frame = frame();
        return batches.get(signedIn.authorization(), id)
                .map(batch -> {
                    boolean valid = choice.valid(batch.count());
                    boolean asked = which != null;
                    return HtmlPages.render(asked && !valid ? 400 : 200, print, frame,
                            new BatchPages.Print(BatchRows.row(batch, frame), choice, valid ? choice.query() : null,
                                    batch.count(), asked && !valid));
                })
                .onFailure().recoverWithItem(this::problem);
    }

    /** The cards as a page to print from the browser: voucher-service's, its stylesheet moved to {@code cards.css}. */
    @GET
    @Path("/cards.html")
    public Uni<Response> cardsHtml(@PathParam("id") String id, @QueryParam("layout") String layout,
            @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (viewer()) {
            return Uni.createFrom().item(refusedToViewer());
        }
        String paper = paper(layout);
        return batches.cardsHtml(signedIn.authorization(), id, paper, from, to, null, null)
                .map(answer -> {
                    String html = answer.readEntity(String.class);
                    Matcher style = INLINE_STYLE.matcher(html);
                    String page = html;
                    if (style.find()) {
                        stylesheets.put(paper, style.group(1));
                        page = html.substring(0, style.start()) + "<link rel=\"stylesheet\" href=\"/dashboard/batches/"
                                + id + "/cards.css?layout=" + paper + "\">" + html.substring(style.end());
                    }
                    return Response.ok(page, "text/html; charset=UTF-8").header(HttpHeaders.CACHE_CONTROL, "no-store")
                            .header(NOT_PRINTED, answer.getHeaderString(NOT_PRINTED)).build();
                })
                .onFailure().recoverWithItem(this::problem);
    }

    /** The preview's print stylesheet: the same for every batch of a layout, asked of the service when not yet known. */
    @GET
    @Path("/cards.css")
    public Uni<Response> cardsCss(@PathParam("id") String id, @QueryParam("layout") String layout) {
        String paper = paper(layout);
        String known = stylesheets.get(paper);
        if (known != null || viewer()) {
            return Uni.createFrom().item(css(known == null ? "" : known));
        }
        return batches.cardsHtml(signedIn.authorization(), id, paper, 1, 1, null, null)
                .map(answer -> {
                    Matcher style = INLINE_STYLE.matcher(answer.readEntity(String.class));
                    return css(style.find() ? style.group(1) : "");
                })
                .onFailure().recoverWithItem(failure -> css(""));
    }

    /** The cards as a PDF for the browser to show and print. */
    @GET
    @Path("/cards.pdf")
    public Uni<Response> cardsPdf(@PathParam("id") String id, @QueryParam("layout") String layout,
            @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (viewer()) {
            return Uni.createFrom().item(refusedToViewer());
        }
        return batches.cardsPdf(signedIn.authorization(), id, paper(layout), from, to, null, null)
                .map(answer -> passOn(answer, "application/pdf"))
                .onFailure().recoverWithItem(this::problem);
    }

    private static Response css(String stylesheet) {
        return Response.ok(stylesheet, "text/css; charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .build();
    }

    /** The service's body with its file name and print count; never cached, it holds codes. */
    private static Response passOn(Response answer, String type) {
        byte[] body = answer.readEntity(byte[].class);
        Response.ResponseBuilder response = Response.ok(body, type).header(HttpHeaders.CACHE_CONTROL, "no-store");
        String disposition = answer.getHeaderString("Content-Disposition");
        if (disposition != null) {
            response.header("Content-Disposition", disposition);
        }
        String notPrinted = answer.getHeaderString(NOT_PRINTED);
        if (notPrinted != null) {
            response.header(NOT_PRINTED, notPrinted);
        }
        return response.build();
    }

    private static String paper(String layout) {
        return LAYOUTS.contains(layout) ? layout : "a4";
    }

    private boolean viewer() {
        return signedIn.operator().role() == Role.VIEWER;
    }

    private Response refusedToViewer() {
        return HtmlPages.render(403, list, frame(), new BatchPages.Listing(List.of(), false, null, null,
                Alert.own("viewerNoCodes")));
    }

    private Response problem(Throwable failure) {
        Refusal refusal = Refusal.of(failure, signedIn.requestId());
        return HtmlPages.render(refusal.problem().status(), list, frame(),
                new BatchPages.Listing(List.of(), false, null, null, refusal.alert()));
    }

    private DashboardFrame frame() {
        return frames.of(signedIn, "batches");
    }
}
