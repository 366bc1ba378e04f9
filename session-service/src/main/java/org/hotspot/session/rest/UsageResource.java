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
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.session.rest.UsageApi.LatestReport;
import org.hotspot.session.rest.UsageApi.UsageReport;
import org.hotspot.session.usage.Dimension;
import org.hotspot.session.usage.Interval;
import org.hotspot.session.usage.UsageQueries;
import org.hotspot.session.usage.UsageRange;

/**
 * Usage reports of the caller's organization, read by every role: usage is what viewers are for.
 * Parameters are read here rather than converted by JAX-RS, whose failed conversions answer 404.
 */
@Path("/api/usage")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
    Role.Names.VIEWER})
public class UsageResource {

    private final UsageQueries queries;
    private final Caller caller;

    public UsageResource(UsageQueries queries, Caller caller) {
        this.queries = queries;
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
        return queries.series(caller.organizationId(), dimension, range, only)
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
        return queries.latest(caller.organizationId(), dimension, width, from, only)
                .map(latest -> LatestReport.of(width, dimension, only, from, latest));
    }
}
