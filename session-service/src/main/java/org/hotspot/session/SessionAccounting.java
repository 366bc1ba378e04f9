package org.hotspot.session;

import java.time.Instant;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;

/**
 * How an accounting record changes its session; pure, no I/O. Routers report cumulative counters,
 * so what a record adds is its counters minus the previous record's; a counter lower than before
 * has restarted from zero (a router reboot, a 64-bit wrap), and then all of it is new. One session's
 * own accounting; the running totals of a voucher across its sessions are its {@link VoucherLedger}.
 */
public final class SessionAccounting {

    private SessionAccounting() {
    }

    /** A new session for the first record seen of it: a Start, or an Interim or Stop whose Start was lost. */
    public static Session open(String organizationId, AccountingRecord record, long interimSeconds) {
        Session session = new Session();
        session.id = record.key();
        session.organizationId = organizationId;
        session.routerId = record.routerId();
        session.nasIdentifier = record.nasIdentifier();
        session.site = record.site();
        session.acctSessionId = record.acctSessionId();
        session.state = SessionState.OPEN;
        // Without its Start, the session began its Acct-Session-Time before this record.
        session.startedAt = record.eventTime().minusSeconds(record.statusType() == StatusType.START ? 0
                : record.sessionTime());
        session.lastUpdateAt = session.startedAt;
        session.lastHeardAt = heardAt(record);
        session.interimSeconds = interimSeconds;
        session.version = -1;
        return session;
    }

    /**
     * Applies the record, read at {@code place}, to the session (changed in place) and returns what it
     * added; null when the record was applied before (a redelivery or a router's retransmission).
     */
    public static UsageDelta apply(Session session, AccountingRecord record, UsageDelta.Place place) {
        if (session.recentRecordIds.contains(record.recordId())) {
            return null;
        }
        long in = added(record.inputOctets(), session.lastInputOctets);
        long out = added(record.outputOctets(), session.lastOutputOctets);
        long seconds = added(record.sessionTime(), session.lastSessionTime);
        session.bytesIn += in;
        session.bytesOut += out;
        session.sessionTime += seconds;
        session.lastInputOctets = record.inputOctets();
        session.lastOutputOctets = record.outputOctets();
        session.lastSessionTime = record.sessionTime();
        session.sequence++;
        session.recentRecordIds.add(record.recordId());
        if (session.recentRecordIds.size() > Session.REMEMBERED_RECORDS) {
            session.recentRecordIds.remove(0);
        }
        if (record.eventTime().isAfter(session.lastUpdateAt)) {
            session.lastUpdateAt = record.eventTime();
        }
        if (session.lastHeardAt == null || heardAt(record).isAfter(session.lastHeardAt)) {
            session.lastHeardAt = heardAt(record);
        }
        session.mac = record.mac() != null ? record.mac() : session.mac;
        session.framedIp = record.framedIp() != null ? record.framedIp() : session.framedIp;
        session.sealedUserName = record.sealedUserName() != null ? record.sealedUserName() : session.sealedUserName;
        session.voucherId = session.voucherId != null ? session.voucherId : record.voucherId();
        if (record.statusType() == StatusType.STOP && session.open()) {
            close(session, record.eventTime(), record.terminateCause() != null ? record.terminateCause() : "Stop");
        }
        session.lastDelta = new UsageDelta(record.recordId(), session.id, session.sequence, session.organizationId,
                session.voucherId, session.profileId, session.routerId, session.site, record.eventTime(), in, out,
                seconds, place);
        return session.lastDelta;
    }

    /** Closes the session, for a reason other than its own Stop (stale, its router restarted, superseded). */
    public static void close(Session session, Instant at, String cause) {
        session.state = SessionState.CLOSED;
        // Only a Disconnect-Request needs it, and a closed session gets none.
        session.sealedUserName = null;
        session.stoppedAt = at;
        session.stopCause = cause;
    }

    /**
     * Closes the session without a Stop of its own, at {@code at} or, when that is earlier, at its
     * last update: a router's clock may have been set back by its reboot.
     */
    public static void end(Session session, Instant at, String cause) {
        close(session, at.isBefore(session.lastUpdateAt) ? session.lastUpdateAt : at, cause);
    }

    /** When router-gateway received the record; a record that does not say, when it happened. */
    public static Instant heardAt(AccountingRecord record) {
        return record.receivedAt() != null ? record.receivedAt() : record.eventTime();
    }

    private static long added(long counter, long previous) {
        return counter >= previous ? counter - previous : counter;
    }
}
