package org.hotspot.session;

import java.time.Duration;
import java.time.Instant;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;

/**
 * A router's latest Accounting-On or -Off: none of the sessions it had before survives it. The
 * sessions it ends are those heard of before {@code heardAt}, on router-gateway's clock, whatever
 * order the records are read in: a router's Accounting-On travels under its own key, on another
 * partition than its sessions' records, so a session record the router sent before rebooting can be
 * read after it, and a Start sent after it before it. Routers without a battery-backed clock come up
 * from a reboot with the wrong time, so the router's own Event-Timestamp cannot order them.
 *
 * @param recordId the Accounting-On/Off's record id, equal for the router's retransmissions of it
 * @param heardAt  when router-gateway received the Accounting-On/Off
 * @param at       when it happened at the router, the sessions' stop time
 * @param cause    the sessions' stop cause
 */
public record RouterReset(String routerId, String recordId, Instant heardAt, Instant at, String cause) {

    /** How long after an Accounting-On/Off a router may still retransmit it (RADIUS clients give up within seconds). */
    public static final Duration RETRANSMISSIONS = Duration.ofMinutes(1);

    public static RouterReset of(AccountingRecord record) {
        String cause = record.statusType() == StatusType.ACCOUNTING_ON ? "NAS-Reboot" : "NAS-Request";
        return new RouterReset(record.routerId(), record.recordId(), SessionAccounting.heardAt(record),
                record.eventTime(), cause);
    }

    /**
     * Whether the session was heard of before this reset. A session stored before the gateway's
     * clock was kept has only the router's: its last update against the reset's time at the router.
     */
    public boolean ends(Session session) {
        if (!session.open()) {
            return false;
        }
        return session.lastHeardAt != null ? session.lastHeardAt.isBefore(heardAt)
                : session.lastUpdateAt.isBefore(at);
    }

    /**
     * Whether {@code later} is the router's retransmission of this reset rather than a new one: the
     * same record, heard again within {@link #RETRANSMISSIONS}. A retransmission must not move the
     * reset later, past the Starts of sessions the router opened after its first copy.
     */
    public boolean retransmittedAs(RouterReset later) {
        return recordId != null && recordId.equals(later.recordId)
                && Duration.between(heardAt, later.heardAt).abs().compareTo(RETRANSMISSIONS) <= 0;
    }
}
