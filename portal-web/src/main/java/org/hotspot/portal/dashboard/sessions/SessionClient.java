package org.hotspot.portal.dashboard.sessions;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.web.RequestIds;

/** session-service's session endpoints, called with the signed-in operator's token. */
@RegisterRestClient(configKey = "session-service")
@Path("/api/sessions")
public interface SessionClient {

    /**
     * A page of sessions, newest first: the open ones only if {@code active}, of one voucher by code
     * or id, of one router, started from {@code from} until before {@code to} (ISO-8601 instants).
     */
    @GET
    Uni<Page> list(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @QueryParam("active") boolean active,
            @QueryParam("voucher") String code, @QueryParam("voucherId") String voucherId,
            @QueryParam("router") String routerId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** Sends the router a Disconnect for the session: 202 once the command is on its way. */
    @POST
    @Path("/{id}/disconnect")
    Uni<Disconnect> disconnect(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @PathParam("id") String sessionId);

    /** One session as session-service answers. */
    @TemplateData
    record Session(String id, String voucherId, String routerId, String site, String acctSessionId, String mac,
            String framedIp, String state, long bytesIn, long bytesOut, long sessionTime, Instant startedAt,
            Instant lastUpdateAt, Instant stoppedAt, String stopCause) {

        public boolean open() {
            return "OPEN".equals(state);
        }
    }

    @TemplateData
    record Page(int page, int size, List<Session> sessions) {
    }

    @TemplateData
    record Disconnect(String sessionId, String commandId, String reason) {
    }
}
