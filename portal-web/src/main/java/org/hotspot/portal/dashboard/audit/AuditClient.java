package org.hotspot.portal.dashboard.audit;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.web.RequestIds;

/** auth-service's audit log, read with the signed-in operator's token: it scopes it to their organization. */
@RegisterRestClient(configKey = "auth-service")
@Path("/api/audit")
public interface AuditClient {

    /**
     * A page of the log, newest first; {@code from} and {@code to} are dates ({@code 2026-12-01}),
     * each a whole day, both included. Absent filters are null.
     */
    @GET
    Uni<AuditPage> search(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("targetId") String targetId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** One page; {@code total} counts every match. */
    record AuditPage(List<Item> items, int page, int size, long total) {
    }

    /**
     * One record as auth-service's {@code AuditItem} answers it.
     *
     * @param result {@code SUCCESS}, {@code FAILURE} or {@code DENIED}
     */
    record Item(String id, Instant occurredAt, String actor, String action, String targetType, String targetId,
            String clientAddress, String result, String detail, String service) {
    }
}
