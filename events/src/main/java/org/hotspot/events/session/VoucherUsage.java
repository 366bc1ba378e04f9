package org.hotspot.events.session;

import java.time.Instant;
import java.util.List;
import org.hotspot.events.EventType;
import org.hotspot.events.Topics;

/**
 * A voucher's usage totals across all its sessions, as session-service last computed them, keyed by
 * voucher id. Totals, not deltas: a redelivered or reordered event is applied only when its
 * {@code asOf} is newer than what the voucher already holds, so replays change nothing.
 *
 * @param bytesIn      bytes from the devices (upload), all sessions
 * @param bytesOut     bytes to the devices (download), all sessions
 * @param openSessions the sessions still open; any other device lease of the voucher is released
 */
public record VoucherUsage(String voucherId, long timeUsedSeconds, long bytesIn, long bytesOut,
        List<OpenSession> openSessions, Instant asOf) {

    public static final EventType<VoucherUsage> TYPE =
            new EventType<>("VoucherUsage", 1, Topics.SESSION_EVENTS, VoucherUsage.class);

    public VoucherUsage {
        openSessions = openSessions == null ? List.of() : List.copyOf(openSessions);
    }

    /** A session of the voucher still open, on a router, for a device. */
    public record OpenSession(String sessionId, String mac, String nasId) {
    }
}
