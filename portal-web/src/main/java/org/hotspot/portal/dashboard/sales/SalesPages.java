package org.hotspot.portal.dashboard.sales;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.reports.Csv;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.vouchers.HtmlPages;
import org.hotspot.portal.dashboard.vouchers.Links;
import org.hotspot.portal.dashboard.web.BackendCall;
import org.hotspot.portal.dashboard.web.PageProblem;

/**
 * The sales page: vouchers sold by reseller or by plan over a period, what resellers paid, the
 * totals by currency, a page of rows at a time, and a CSV of every row. A reseller sees their own
 * sales only (voucher-service scopes them).
 */
@PermitAll
@Path("/dashboard/sales")
@Produces(MediaType.TEXT_HTML)
public class SalesPages {

    static final int PAGE_SIZE = 50;
    /** The CSV takes every row, a service page at a time, up to this many. */
    static final int CSV_PAGE_SIZE = 500;

    private final SalesClient sales;
    private final SignedIn signedIn;
    private final HtmlPages pages;
    private final Template template;

    public SalesPages(@RestClient SalesClient sales, SignedIn signedIn, HtmlPages pages,
            @Location("dashboard/sales/sales.html") Template template) {
        this.sales = sales;
        this.signedIn = signedIn;
        this.pages = pages;
        this.template = template;
    }

    /** A row as shown: the amount written in the page's language with its currency. */
    @TemplateData
    public record Line(SalesClient.Row row, String amount) {
    }

    @TemplateData
    public record TotalLine(SalesClient.Total total, String amount) {
    }

    /**
     * The page.
     *
     */
    @TemplateData
    public record SalesPage(SalesForm form, boolean reseller, List<Line> lines, List<TotalLine> totals,
            String csvHref, String previousHref, String nextHref, long pageNumber, PageProblem problem) {
    }

    @GET
    public Uni<Response> sales(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") String groupBy, @QueryParam("page") String page) {
        SalesForm form = SalesForm.read(Links.given(period), from, to, Links.given(groupBy), Links.page(page),
                LocalDate.now(ZoneOffset.UTC));
        if (!form.valid()) {
            return Uni.createFrom().item(render(400, form, null, null));
        }
        return BackendCall.attempt(sales.sales(signedIn.authorization(), signedIn.requestId(), form.fromInstant(),
                form.toInstant(), form.groupBy(), form.page(), PAGE_SIZE), signedIn.requestId())
                .map(outcome -> outcome.failed() ? render(outcome.problem().status(), form, null, outcome.problem())
                        : render(200, form, outcome.value(), null));
    }

    @GET
    @Path("/sales.csv")
    @Produces("text/csv")
    public Uni<Response> csv(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        SalesForm form = SalesForm.read(Links.given(period), from, to, Links.given(groupBy), 0,
                LocalDate.now(ZoneOffset.UTC));
        if (!form.valid()) {
            return Uni.createFrom().item(Response.seeOther(URI.create(form.href("/dashboard/sales", 0))).build());
        }
        return BackendCall.attempt(sales.sales(signedIn.authorization(), signedIn.requestId(), form.fromInstant(),
                form.toInstant(), form.groupBy(), 0, CSV_PAGE_SIZE), signedIn.requestId())
                .map(outcome -> {
                    if (outcome.failed()) {
                        return render(outcome.problem().status(), form, null, outcome.problem());
                    }
                    List<Csv.SalesLine> lines = new ArrayList<>();
                    outcome.value().rows().forEach(row -> lines.add(new Csv.SalesLine(form.groupBy(), row.key(),
                            row.name(), row.currency(), row.batches(), row.vouchers(), row.amount())));
                    return Csv.response("sales-" + form.groupBy() + "-" + form.first() + "-" + form.last() + ".csv",
                            Csv.sales(lines));
                });
    }

    private Response render(int status, SalesForm form, SalesClient.Page found, PageProblem problem) {
        ULocale locale = ULocale.forLanguageTag(signedIn.language().tag());
        List<Line> lines = found == null ? List.of()
                : found.rows().stream().map(row -> new Line(row, money(locale, row.amount(), row.currency())))
                        .toList();
        List<TotalLine> totals = found == null ? List.of()
                : found.totals().stream()
                        .map(total -> new TotalLine(total, money(locale, total.amount(), total.currency()))).toList();
        boolean more = found != null && (long) (found.page() + 1) * found.size() < found.totalRows();
        SalesPage page = new SalesPage(form, signedIn.operator().role() == Role.RESELLER, lines, totals,
                form.href("/dashboard/sales/sales.csv", 0),
                form.page() > 0 ? form.href("/dashboard/sales", form.page() - 1) : null,
                more ? form.href("/dashboard/sales", form.page() + 1) : null, form.page() + 1L, problem);
        return pages.render(status, "sales", template, page);
    }

    /** An amount in its currency in the page's language and digits ("US$17.00", "١٧٫٠٠ US$"); empty for none. */
    static String money(ULocale locale, BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return "";
        }
        try {
            return NumberFormatter.withLocale(locale).unit(Currency.getInstance(currency)).format(amount).toString();
        } catch (IllegalArgumentException e) {
            return NumberFormatter.withLocale(locale).format(amount) + " " + currency;
        }
    }
}
