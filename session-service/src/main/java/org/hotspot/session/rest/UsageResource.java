package org.hotspot.session.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.session.rest.UsageApi.LatestReport;
import org.hotspot.session.rest.UsageApi.UsageReport;
import org.hotspot.session.service.ResellerScope;
import org.hotspot.session.usage.Dimension;
import org.hotspot.session.usage.Interval;
import org.hotspot.session.usage.KeySeries;
import org.hotspot.session.usage.UsageQueries;
import org.hotspot.session.usage.UsageRange;

/**
 * Usage reports of the caller's organization, read by every role: usage is what viewers are for. A
 * reseller reads only the usage of the vouchers they sold, by voucher.
 * Parameters are read here rather than converted by JAX-RS, whose failed conversions answer 404.
 */
@Path("/api/usage")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
        Role.Names.VIEWER})
public class UsageResource {

    private final UsageQueries queries;
    private final ResellerScope resellers;
    private final Caller caller;

    public UsageResource(UsageQueries queries, ResellerScope resellers, Caller caller) {
        this.queries = queries;
        this.resellers = resellers;
        this.caller = caller;
    }

    /**
     * Usage bucket by bucket over {@code [from, to)}, by organization, voucher, profile, router or
     * site: the last day by hour unless asked otherwise; at most 31 days by hour, 366 by day.
     */
    @GET
    public Uni<UsageReport> usage(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("interval") @DefaultValue("hour") String interval,
            @QueryParam("groupBy") @DefaultValue("organization") String groupBy, @QueryParam("key") String key) {
        Dimension dimension = UsageApi.groupBy(groupBy);
        String only = UsageApi.key(key);
        UsageRange range = queries.range(UsageApi.instant("from", from), UsageApi.instant("to", to),
                UsageApi.interval(interval));
        return resellers.visibleVouchers(caller)
                .invoke(visible -> onlyVouchersFor(visible, dimension))
                .chain(visible -> queries.series(caller.organizationId(), dimension, range, only)
                        .map(series -> visibleOnly(series, visible, KeySeries::key)))
                .map(series -> UsageReport.of(range, dimension, only, series));
    }

    /** The most recent bucket of each key with usage since {@code since} (default: the last 7 days). */
    @GET
    @Path("/latest")
    public Uni<LatestReport> latest(@QueryParam("interval") @DefaultValue("hour") String interval,
            @QueryParam("groupBy") @DefaultValue("organization") String groupBy, @QueryParam("key") String key,
            @QueryParam("since") String since) {
        Dimension dimension = UsageApi.groupBy(groupBy);
        Interval width = UsageApi.interval(interval);
        String only = UsageApi.key(key);
        Instant start = UsageApi.instant("since", since);
        Instant from = start != null ? start : queries.defaultSince();
        return resellers.visibleVouchers(caller)
                .invoke(visible -> onlyVouchersFor(visible, dimension))
                .chain(visible -> queries.latest(caller.organizationId(), dimension, width, from, only)
                        .map(latest -> visibleOnly(latest, visible, KeySeries::key)))
                .map(latest -> LatestReport.of(width, dimension, only, from, latest));
    }

    /**
     * A reseller reads usage by voucher only: the organization's, a profile's, a router's or a
     * site's totals include vouchers other people sold.
     */
    private static void onlyVouchersFor(Set<String> visible, Dimension dimension) {
        if (visible != null && dimension != Dimension.VOUCHER) {
            throw new ProblemException(403, "reseller-usage-by-voucher", "Usage by voucher only",
                    "A reseller reads the usage of the vouchers they sold: use groupBy=voucher");
        }
    }

    private static <T> List<T> visibleOnly(List<T> entries, Set<String> visible, Function<T, String> key) {
        return visible == null ? entries
                : entries.stream().filter(entry -> visible.contains(key.apply(entry))).toList();
    }
}
