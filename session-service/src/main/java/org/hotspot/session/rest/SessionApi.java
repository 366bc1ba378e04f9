package org.hotspot.session.rest;

import java.time.Instant;
import java.util.List;
import org.hotspot.session.Session;

/** The records of the session endpoints (docs/services/session-service.md). */
public final class SessionApi {

    private SessionApi() {
    }

    /** One session as operators see it. */
    public record SessionView(String id, String voucherId, String routerId, String site, String acctSessionId,
            String mac, String framedIp, String state, long bytesIn, long bytesOut, long sessionTime,
            Instant startedAt, Instant lastUpdateAt, Instant stoppedAt, String stopCause) {

        static SessionView of(Session s) {
            return new SessionView(s.id, s.voucherId, s.routerId, s.site, s.acctSessionId, s.mac, s.framedIp,
                    s.state.name(), s.bytesIn, s.bytesOut, s.sessionTime, s.startedAt, s.lastUpdateAt, s.stoppedAt,
                    s.stopCause);
        }
    }

    /** A page of sessions, newest first. */
    public record SessionPage(int page, int size, List<SessionView> sessions) {
    }

    /**
     * A Disconnect sent: router-gateway puts it to the router, whose Stop then closes the session.
     *
     * @param commandId the command's id; its outcome on {@code router-events} carries it
     */
    public record DisconnectView(String sessionId, String commandId, String reason) {
    }
}
