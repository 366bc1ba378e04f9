package org.hotspot.portal.dashboard.audit;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.audit.AuditClient.Item;
import org.hotspot.portal.dashboard.audit.AuditViews.ActionGroup;
import org.hotspot.portal.dashboard.audit.AuditViews.ActionOption;
import org.hotspot.portal.dashboard.audit.AuditViews.AuditPage;
import org.hotspot.portal.dashboard.audit.AuditViews.Filters;
import org.hotspot.portal.dashboard.audit.AuditViews.Row;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.settings.OrganizationLooks;
import org.hotspot.portal.dashboard.vouchers.HtmlPages;
import org.hotspot.portal.dashboard.vouchers.Links;
import org.hotspot.portal.dashboard.web.BackendCall;
import org.hotspot.portal.dashboard.web.DashboardFrames;
import org.hotspot.portal.dashboard.web.Formats;
import org.hotspot.portal.dashboard.web.PageProblem;

/**
 * The audit log: who did what to which record, when, with what outcome, newest first, filtered by
 * actor, action, target and days, paged by auth-service. Admins and viewers read it; operators and
 * resellers are refused here as auth-service refuses them. Filters are a GET form, so a filtered
 * page is an address to share.
 */
@PermitAll
@Path("/dashboard/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    static final int PAGE_SIZE = 25;
    private static final Set<Role> READERS = Set.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN, Role.VIEWER);
    private static final Set<Role> EDITORS = Set.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** SESSION_DISCONNECTED's detail names the session's voucher: "voucher <id> on router <id>, ...". */
    private static final Pattern SESSION_VOUCHER = Pattern.compile("^voucher ([0-9a-fA-F-]{36}) ");
    private static final Map<String, String> TARGETS = Map.of("voucher", "targetVoucher", "profile", "targetProfile",
            "batch", "targetBatch", "router", "targetRouter", "session", "targetSession", "operator",
            "targetOperator", "organization", "targetOrganization", "signing-key", "targetSigningKey",
            "router-address", "targetRouterAddress");

    private final AuditClient audit;
    private final SignedIn signedIn;
    private final HtmlPages pages;
    private final DashboardFrames frames;
    private final OrganizationLooks looks;
    private final Template template;

    public AuditPages(@RestClient AuditClient audit, SignedIn signedIn, HtmlPages pages, DashboardFrames frames,
            OrganizationLooks looks, @Location("dashboard/audit/list.html") Template template) {
        this.audit = audit;
        this.looks = looks;
        this.signedIn = signedIn;
        this.pages = pages;
        this.frames = frames;
        this.template = template;
    }

    @GET
    public Uni<Response> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("target") String target, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page) {
        Filters filters = new Filters(Links.given(actor), Links.given(action), Links.given(target),
                Links.given(from), Links.given(to));
        int number = Links.page(page);
        if (!READERS.contains(signedIn.operator().role())) {
            return Uni.createFrom().item(render(403, empty(filters, Map.of(), null, "auditRefused")));
        }
        Map<String, String> errors = errors(filters);
        if (!errors.isEmpty()) {
            return Uni.createFrom().item(render(400, empty(filters, errors, null, null)));
        }
        return BackendCall.attempt(audit.search(signedIn.authorization(), signedIn.requestId(), filters.actor(),
                filters.action(), filters.target(), startOf(date(filters.from()), 0), startOf(date(filters.to()), 1),
                number, PAGE_SIZE),
                signedIn.requestId())
                .map(outcome -> {
                    if (outcome.failed() && neverRecorded(filters, outcome.problem())) {
                        return render(200, new AuditPage(filters, actions(filters), Map.of(), List.of(), 0, 0, 0, null,
                                null, 1, null, null));
                    }
                    if (outcome.failed()) {
                        return render(outcome.problem().status(), empty(filters, Map.of(), outcome.problem(), null));
                    }
                    AuditClient.AuditPage found = outcome.value();
                    Formats formats = frames.of(signedIn, "audit").formats();
                    List<Row> rows = found.items().stream().map(item -> row(item, formats)).toList();
                    long first = rows.isEmpty() ? 0 : (long) number * PAGE_SIZE + 1;
                    long last = rows.isEmpty() ? 0 : (long) number * PAGE_SIZE + rows.size();
                    String previous = number > 0
                            ? Links.withQuery("/dashboard/audit", filters.parameters(number - 1)) : null;
                    String next = last < found.total()
                            ? Links.withQuery("/dashboard/audit", filters.parameters(number + 1)) : null;
                    return render(200, new AuditPage(filters, actions(filters), Map.of(), rows, found.total(), first,
                            last, previous, next, number + 1, null, null));
                });
    }

    /**
     * auth-service refuses an action that neither its list nor the organization's log knows; two
     * this page offers (a suspected attack, a shared address) are not on its list yet, and until
     * one is recorded the answer is simply that there are none.
     */
    private static boolean neverRecorded(Filters filters, PageProblem problem) {
        return filters.action() != null && problem.status() == 400
                && problem.violations().stream().anyMatch(v -> v.field() != null && v.field().endsWith("action"));
    }

    /** What is wrong with the filters before auth-service is asked. */
    private static Map<String, String> errors(Filters filters) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (filters.actor() != null && filters.actor().length() > 128) {
            errors.put("actor", "errorTooLong");
        }
        if (filters.target() != null && filters.target().length() > 128) {
            errors.put("target", "errorTooLong");
        }
        if (filters.action() != null && !AuditActionNames.known(filters.action())) {
            errors.put("action", "errorAction");
        }
        LocalDate from = date(filters.from());
        LocalDate to = date(filters.to());
        if (filters.from() != null && from == null) {
            errors.put("from", "errorDate");
        }
        if (filters.to() != null && to == null) {
            errors.put("to", "errorDate");
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.put("to", "errorRange");
        }
        return errors;
    }

    /**
     * The start of the day {@code days} after {@code day}, in the organization's time zone, as the
     * instant auth-service takes ({@code to} is exclusive: the day after the last one); null for none.
     */
    private String startOf(LocalDate day, int days) {
        ZoneId zone = looks.of(signedIn.operator().organizationId()).zone();
        return day == null ? null : day.plusDays(days).atStartOfDay(zone).toInstant().toString();
    }

    private static LocalDate date(String typed) {
        if (typed == null || !DATE.matcher(typed).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(typed);
            return date.getYear() < 1970 || date.getYear() > 9998 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Row row(Item item, Formats formats) {
        boolean viewer = signedIn.operator().role() == Role.VIEWER;
        // Audit details never hold a code, and a viewer's page keeps it so should a service ever write one there.
        String detail = viewer && "voucher".equals(item.targetType()) ? null : item.detail();
        String outcome = item.result() == null ? "SUCCESS" : item.result();
        String outcomeKey = switch (outcome) {
            case "FAILURE" -> "outcomeFailure";
            case "DENIED" -> "outcomeDenied";
            default -> "outcomeSuccess";
        };
        return new Row(item.id(), formats.dateTime(item.occurredAt()), item.actor(), item.action(),
                AuditActionNames.key(item.action()), item.targetType() == null ? null : TARGETS.get(item.targetType()),
                item.targetId(), href(item), detail, outcomeKey, "outcome-" + outcome.toLowerCase(Locale.ROOT),
                item.clientAddress());
    }

    /** The page of what was acted on, when it has one this operator may open. */
    private String href(Item item) {
        String id = item.targetId();
        if (id == null || item.targetType() == null) {
            return null;
        }
        boolean editor = EDITORS.contains(signedIn.operator().role());
        return switch (item.targetType()) {
            case "voucher" -> "/dashboard/vouchers/" + Links.segment(id);
            case "batch" -> "/dashboard/batches/" + Links.segment(id);
            case "profile" -> "PROFILE_DELETED".equals(item.action()) ? null
                    : editor ? "/dashboard/plans/" + Links.segment(id) + "/edit" : "/dashboard/plans";
            case "router" -> "ROUTER_DELETED".equals(item.action()) ? null
                    : editor ? "/dashboard/routers/" + Links.segment(id) + "/edit"
                    : "/dashboard/routers#router-" + Links.segment(id);
            case "session" -> sessionVoucher(item.detail());
            default -> null;
        };
    }

    /** A session has no page of its own: its voucher's page lists it. */
    private static String sessionVoucher(String detail) {
        Matcher voucher = SESSION_VOUCHER.matcher(detail == null ? "" : detail);
        return voucher.find() ? "/dashboard/vouchers/" + voucher.group(1) : null;
    }

    private AuditPage empty(Filters filters, Map<String, String> errors, PageProblem problem,
            String refusal) {
        return new AuditPage(filters, actions(filters), errors, List.of(), 0, 0, 0, null, null, 1, problem, refusal);
    }

    private static List<ActionGroup> actions(Filters filters) {
        return AuditActionNames.GROUPS.entrySet().stream()
                .map(group -> new ActionGroup(group.getKey(), group.getValue().stream()
                        .map(action -> new ActionOption(action, AuditActionNames.key(action),
                                action.equals(filters.action())))
                        .toList()))
                .toList();
    }

    private Response render(int status, AuditPage page) {
        return pages.render(status, "audit", template, page);
    }
}
