package org.hotspot.portal.dashboard.reports;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.web.RequestIds;

/** session-service's usage roll-ups ({@code GET /api/usage}), called with the signed-in operator's token. */
@RegisterRestClient(configKey = "session-service")
@Path("/api/usage")
public interface UsageClient {

    @GET
    Uni<Report> usage(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("interval") String interval,
            @QueryParam("groupBy") String groupBy);

    /** Buckets without usage are absent from {@code points}. */
    record Report(Instant from, Instant to, String interval, String groupBy, List<Series> series) {
    }

    record Series(String key, List<Point> points) {
    }

    record Point(Instant at, long bytesIn, long bytesOut, long seconds) {
    }
}
