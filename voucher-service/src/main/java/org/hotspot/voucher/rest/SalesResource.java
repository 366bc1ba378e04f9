package org.hotspot.voucher.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.common.web.Pages;
import org.hotspot.voucher.service.SalesService;
import org.hotspot.voucher.service.SalesService.GroupBy;
import org.hotspot.voucher.service.SalesService.Row;
import org.hotspot.voucher.service.SalesService.Total;

/**
 * Sales of the caller's organization over {@code [from, to)} (the last 30 days unless asked), by
 * reseller or by plan: vouchers sold and what resellers paid, in each plan's currency. A reseller
 * reads only their own. The rows come a page at a time; the totals are of every row.
 */
@Path("/api/sales")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
        Role.Names.VIEWER})
public class SalesResource {

    private final SalesService sales;
    private final Caller caller;

    public SalesResource(SalesService sales, Caller caller) {
        this.sales = sales;
        this.caller = caller;
    }

    @GET
    public Uni<SalesPage> sales(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("groupBy") @DefaultValue("reseller") String groupBy,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = Pages.PAGE_BOUNDS)
            @Max(value = Pages.MAX_PAGE, message = Pages.PAGE_BOUNDS) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        GroupBy by = groupBy(groupBy);
        Instant end = instant("to", to);
        Instant until = end != null ? end : Instant.now();
        Instant start = instant("from", from);
        Instant since = start != null ? start : until.minus(Duration.ofDays(30));
        return sales.sales(caller, since, until, by).map(found -> {
            int first = (int) Math.min((long) page * size, found.rows().size());
            int last = Math.min(first + size, found.rows().size());
            return new SalesPage(found.from(), found.to(), by.name().toLowerCase(Locale.ROOT), page, size,
                    found.rows().size(), found.rows().subList(first, last).stream().map(SalesRow::of).toList(),
                    found.totals().stream().map(SalesTotal::of).toList());
        });
    }

    /**
     * @param totalRows every row of the report, this page's and the others'
     * @param totals    by currency, of every row
     */
    public record SalesPage(Instant from, Instant to, String groupBy, int page, int size, int totalRows,
            List<SalesRow> rows, List<SalesTotal> totals) {
    }

    /**
     * @param key      the reseller's username or the plan's id; null for the batches the organization's staff made
     * @param name     the plan's name (by plan), the reseller's username (by reseller)
     * @param reseller whether a reseller paid for these vouchers
     * @param amount   what resellers paid; null when nobody paid (staff batches)
     */
    public record SalesRow(String key, String name, boolean reseller, String currency, long batches, long vouchers,
            BigDecimal amount) {

        static SalesRow of(Row row) {
            return new SalesRow(row.key(), row.name(), row.reseller(), row.currency(), row.batches(), row.vouchers(),
                    row.amount());
        }
    }

    public record SalesTotal(String currency, long batches, long vouchers, BigDecimal amount) {

        static SalesTotal of(Total total) {
            return new SalesTotal(total.currency(), total.batches(), total.vouchers(), total.amount());
        }
    }

    private static GroupBy groupBy(String value) {
        try {
            return GroupBy.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("groupBy", "must be reseller or profile");
        }
    }

    /** An ISO-8601 instant with its offset, or a date meaning its UTC midnight. */
    private static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(parameter, "must be an ISO-8601 time with offset, such as 2025-03-01T00:00:00Z, "
                    + "or a date such as 2025-03-01");
        }
    }

    private static ProblemException invalid(String parameter, String message) {
        return new ProblemException(400, "validation", "Invalid input", parameter + ": " + message);
    }
}
