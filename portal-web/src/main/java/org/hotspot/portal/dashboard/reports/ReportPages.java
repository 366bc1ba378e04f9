package org.hotspot.portal.dashboard.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.reports.ReportViews.Bucket;
import org.hotspot.portal.dashboard.reports.ReportViews.KeyTotal;
import org.hotspot.portal.dashboard.reports.ReportViews.ReportPage;
import org.hotspot.portal.dashboard.reports.ReportViews.TopVoucher;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.sessions.RouterNames;
import org.hotspot.portal.dashboard.vouchers.HtmlPages;
import org.hotspot.portal.dashboard.vouchers.Links;
import org.hotspot.portal.dashboard.vouchers.VoucherClient;
import org.hotspot.portal.dashboard.web.BackendCall;
import org.hotspot.portal.dashboard.web.BackendCall.Outcome;

/**
 * The usage report: a period, an interval and a grouping chosen in a plain GET form; the data of
 * each plan, router or site as a chart (reports.js draws it with uPlot when JavaScript runs) and as
 * tables (always), a CSV of the same buckets, and the vouchers that used the most data. A reseller
 * sees the vouchers they sold, one by one, as session-service allows them.
 */
@PermitAll
@Path("/dashboard/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    /** The chart draws the keys with most data; more lines would not be told apart. */
    static final int CHARTED = 8;
    static final int TOP_VOUCHERS = 10;

    private final UsageClient usage;
    private final RouterNames routers;
    private final PlanNames plans;
    private final VoucherClient vouchers;
    private final SignedIn signedIn;
    private final HtmlPages pages;
    private final ObjectMapper json;
    private final Template template;

    public ReportPages(@RestClient UsageClient usage, @RestClient RouterNames routers, @RestClient PlanNames plans,
            @RestClient VoucherClient vouchers, SignedIn signedIn, HtmlPages pages, ObjectMapper json,
            @Location("dashboard/reports/usage.html") Template template) {
        this.usage = usage;
        this.routers = routers;
        this.plans = plans;
        this.vouchers = vouchers;
        this.signedIn = signedIn;
        this.pages = pages;
        this.json = json;
        this.template = template;
    }

    @GET
    public Uni<Response> report(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("interval") String interval,
            @QueryParam("groupBy") String groupBy) {
        ReportForm form = form(period, from, to, interval, groupBy);
        if (!form.valid()) {
            return Uni.createFrom().item(render(400, form, Report.NONE, List.of(), null));
        }
        return report(form).chain(outcome -> {
            if (outcome.failed()) {
                return Uni.createFrom().item(render(outcome.problem().status(), form, Report.NONE, List.of(),
                        outcome));
            }
            return topVouchers(form).map(top -> render(200, form, outcome.value(), top, null));
        });
    }

    /** The buckets shown, one line per bucket and key, figures unformatted for a spreadsheet. */
    @GET
    @Path("/usage.csv")
    @Produces("text/csv")
    public Uni<Response> csv(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("interval") String interval,
            @QueryParam("groupBy") String groupBy) {
        ReportForm form = form(period, from, to, interval, groupBy);
        if (!form.valid()) {
            return Uni.createFrom().item(Response.seeOther(URI.create(form.href("/dashboard/reports"))).build());
        }
        return report(form).map(outcome -> {
            if (outcome.failed()) {
                return render(outcome.problem().status(), form, Report.NONE, List.of(), outcome);
            }
            return Csv.response("usage-" + form.groupBy() + "-" + form.first() + "-" + form.last() + ".csv",
                    Csv.usage(form.groupBy(), outcome.value().lines()));
        });
    }

    private ReportForm form(String period, String from, String to, String interval, String groupBy) {
        return ReportForm.read(Links.given(period), from, to, Links.given(interval), Links.given(groupBy),
                LocalDate.now(ZoneOffset.UTC), signedIn.operator().role() == Role.RESELLER);
    }

    /** What session-service answers, with names for the keys. */
    private Uni<Outcome<Report>> report(ReportForm form) {
        Uni<Outcome<UsageClient.Report>> asked = BackendCall.attempt(usage.usage(signedIn.authorization(),
                signedIn.requestId(), form.fromInstant(), form.toInstant(), form.interval(), form.groupBy()),
                signedIn.requestId());
        return Uni.combine().all().unis(asked, names(form.groupBy())).asTuple()
                .map(both -> both.getItem1().failed() ? new Outcome<>(null, both.getItem1().problem())
                        : new Outcome<>(Report.of(both.getItem1().value(), both.getItem2()), null));
    }

    /** Plans and routers by name; a key keeps its id when its name cannot be read. Sites are their names. */
    private Uni<Map<String, String>> names(String groupBy) {
        Uni<Map<String, String>> named = switch (groupBy) {
            case "profile" -> plans.plans(signedIn.authorization(), signedIn.requestId())
                    .map(found -> found.stream().collect(Collectors.toMap(PlanNames.Plan::id, PlanNames.Plan::name,
                            (a, b) -> a)));
            case "router" -> routers.routers(signedIn.authorization(), signedIn.requestId())
                    .map(found -> found.stream().collect(Collectors.toMap(RouterNames.Router::id,
                            RouterNames.Router::name, (a, b) -> a)));
            default -> Uni.createFrom().item(Map.of());
        };
        return named.onFailure().recoverWithItem(Map.of());
    }

    /** The vouchers with most data in the period, by day buckets, each with its serial (never its code). */
    private Uni<List<TopVoucher>> topVouchers(ReportForm form) {
        return BackendCall.attempt(usage.usage(signedIn.authorization(), signedIn.requestId(), form.fromInstant(),
                form.toInstant(), "day", "voucher"), signedIn.requestId())
                .chain(outcome -> {
                    if (outcome.failed()) {
                        return Uni.createFrom().item(List.<TopVoucher>of());
                    }
                    List<KeyTotal> most = Report.totals(outcome.value(), Map.of()).stream().limit(TOP_VOUCHERS)
                            .toList();
                    if (most.isEmpty()) {
                        return Uni.createFrom().item(List.<TopVoucher>of());
                    }
                    List<Uni<TopVoucher>> found = most.stream().map(this::topVoucher).toList();
                    return Uni.join().all(found).andCollectFailures();
                });
    }

    private Uni<TopVoucher> topVoucher(KeyTotal total) {
        String href = "/dashboard/vouchers/" + Links.segment(total.key());
        return vouchers.search(signedIn.authorization(), signedIn.requestId(), null, null, null, null, null,
                total.key(), 0, 1)
                .map(results -> results.vouchers().stream().findFirst()
                        .map(v -> new TopVoucher(href, (long) v.serial(), v.batchId(), total.bytes(), total.seconds()))
                        .orElse(new TopVoucher(href, null, null, total.bytes(), total.seconds())))
                .onFailure().recoverWithItem(new TopVoucher(href, null, null, total.bytes(), total.seconds()));
    }

    private Response render(int status, ReportForm form, Report report, List<TopVoucher> top,
            Outcome<?> failed) {
        boolean reseller = signedIn.operator().role() == Role.RESELLER;
        ReportPage page = new ReportPage(form, reseller, report.totals(), report.total(), report.charted(),
                report.buckets(), chartJson(form, report), form.href("/dashboard/reports/usage.csv"), top,
                failed == null ? null : failed.problem(),
                NumberingSystem.getInstance(ULocale.forLanguageTag(signedIn.language().tag())).getName());
        return pages.render(status, "reports", template, page);
    }

    /** The chart's figures: bucket starts in seconds (uPlot's time scale) and one line of bytes per charted key. */
    private String chartJson(ReportForm form, Report report) {
        if (report.buckets().isEmpty()) {
            return null;
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < report.charted().size(); i++) {
            int index = i;
            series.add(Map.of("label", report.charted().get(i).name(),
                    "values", report.buckets().stream().map(bucket -> bucket.bytes().get(index)).toList()));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("from", Instant.parse(form.fromInstant()).getEpochSecond());
        chart.put("to", Instant.parse(form.toInstant()).getEpochSecond());
        chart.put("x", report.buckets().stream().map(bucket -> bucket.at().getEpochSecond()).toList());
        chart.put("series", series);
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A usage answer summed by key and laid out by bucket for the chart and its table. */
    record Report(List<KeyTotal> totals, KeyTotal total, List<KeyTotal> charted, List<Bucket> buckets,
            List<Csv.UsageLine> lines) {

        static final Report NONE = new Report(List.of(), null, List.of(), List.of(), List.of());

        static Report of(UsageClient.Report answer, Map<String, String> names) {
            List<KeyTotal> totals = totals(answer, names);
            KeyTotal total = totals.stream().reduce(new KeyTotal(null, null, 0, 0, 0),
                    (sum, key) -> new KeyTotal(null, null, sum.bytesIn() + key.bytesIn(),
                            sum.bytesOut() + key.bytesOut(), sum.seconds() + key.seconds()));
            List<KeyTotal> charted = totals.stream().limit(CHARTED).toList();
            Map<String, UsageClient.Series> byKey = answer.series().stream()
                    .collect(Collectors.toMap(UsageClient.Series::key, Function.identity()));
            TreeSet<Instant> times = new TreeSet<>();
            charted.forEach(key -> byKey.get(key.key()).points().forEach(point -> times.add(point.at())));
            List<Bucket> buckets = times.stream().map(at -> new Bucket(at, charted.stream()
                    .map(key -> byKey.get(key.key()).points().stream().filter(p -> p.at().equals(at))
                            .mapToLong(p -> p.bytesIn() + p.bytesOut()).sum())
                    .toList())).toList();
            List<Csv.UsageLine> lines = new ArrayList<>();
            for (UsageClient.Series series : answer.series()) {
                String name = names.getOrDefault(series.key(), series.key());
                series.points().forEach(point -> lines.add(new Csv.UsageLine(point.at(), series.key(), name,
                        point.bytesIn(), point.bytesOut(), point.seconds())));
            }
            lines.sort(Comparator.comparing(Csv.UsageLine::at).thenComparing(Csv.UsageLine::key));
            return new Report(totals, total, charted, buckets, lines);
        }

        /** Each key's sums, most data first. */
        static List<KeyTotal> totals(UsageClient.Report answer, Map<String, String> names) {
            return answer.series().stream()
                    .map(series -> series.points().stream().reduce(
                            new KeyTotal(series.key(), names.getOrDefault(series.key(), series.key()), 0, 0, 0),
                            KeyTotal::plus, (a, b) -> a))
                    .sorted(Comparator.comparingLong(KeyTotal::bytes).reversed().thenComparing(KeyTotal::name))
                    .toList();
        }
    }
}
