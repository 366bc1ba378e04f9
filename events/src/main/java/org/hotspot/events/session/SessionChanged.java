package org.hotspot.events.session;

import java.time.Instant;
import org.hotspot.events.EventType;
import org.hotspot.events.Topics;

/**
 * A session opened, updated or closed, keyed by session: what the live dashboard shows.
 *
 * @param sessionKey  {@code routerId:Acct-Session-Id}
 * @param state       {@code OPEN} or {@code CLOSED}
 * @param stopCause   Acct-Terminate-Cause, or what closed it here ({@code Stale}, {@code NAS-Reboot},
 *                    {@code Superseded}); null while open
 */
public record SessionChanged(String sessionKey, String voucherId, String routerId, String site, String mac,
        String framedIp, String state, long bytesIn, long bytesOut, long sessionTime, Instant startedAt,
        Instant lastUpdateAt, Instant stoppedAt, String stopCause) {

    public static final EventType<SessionChanged> TYPE =
            new EventType<>("SessionChanged", 1, Topics.SESSION_EVENTS, SessionChanged.class);
}
