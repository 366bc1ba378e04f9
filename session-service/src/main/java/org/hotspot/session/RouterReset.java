package org.hotspot.session;

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
 * @param heardAt when router-gateway received the Accounting-On/Off
 * @param at      when it happened at the router, the sessions' stop time
 * @param cause   the sessions' stop cause
 */
public record RouterReset(String routerId, Instant heardAt, Instant at, String cause) {

    public static RouterReset of(AccountingRecord record) {
        String cause = record.statusType() == StatusType.ACCOUNTING_ON ? "NAS-Reboot" : "NAS-Request";
        return new RouterReset(record.routerId(), SessionLedger.heardAt(record), record.eventTime(), cause);
    }

    /** Whether the session was heard of before this reset (a session stored before that was known is). */
    public boolean ends(Session session) {
        return session.open() && (session.lastHeardAt == null || session.lastHeardAt.isBefore(heardAt));
    }
}
