package org.hotspot.events.accounting;

import java.time.Instant;
import org.hotspot.events.EventType;
import org.hotspot.events.Topics;

/**
 * One RADIUS Accounting-Request as router-gateway received it, keyed by {@link #key} (router and
 * Acct-Session-Id) so one session's records stay in order. The gateway acknowledges the router only
 * once the broker holds the record, so a router retransmits rather than loses it; a retransmission
 * has the same {@link #recordId}, which lets consumers count it once.
 *
 * <p>No voucher code travels here: the topic and the broker's log files hold the voucher's id, and
 * the User-Name only sealed by router-gateway (which alone can open it, to name the session in a
 * Disconnect-Request). Records written before that carried a {@code userName} field in clear; they
 * are read as this one, that field ignored and {@link #sealedUserName} null. The change is additive
 * for readers (no consumer read {@code userName}, and the codec skips fields it does not know), so
 * the version stays 1: a version bump would make a not yet upgraded session-service count every new
 * record as malformed and commit past it, losing the usage, during a rolling upgrade.
 *
 * @param recordId        a digest of the router and the packet's attributes other than
 *                        Acct-Delay-Time (which a retransmitting router may raise), User-Name and Class
 *                        (which would let a reader of the topic try codes against it): equal for retransmissions
 * @param routerId        the router (NAS) the packet came from
 * @param statusType      Acct-Status-Type
 * @param acctSessionId   Acct-Session-Id; empty for Accounting-On/Off
 * @param sealedUserName  User-Name (the code as the customer typed it) sealed with a key only router-gateway
 *                        holds, bound to the router and Acct-Session-Id; null when the packet had none
 * @param voucherId       from the Class the Access-Accept gave, when the router echoed it, else the voucher
 *                        whose code is the User-Name; null when neither names one of the organization's vouchers
 * @param mac             Calling-Station-Id, normalized {@code AA:BB:CC:DD:EE:FF}
 * @param framedIp        Framed-IP-Address
 * @param inputOctets     bytes from the device, Acct-Input-Gigawords included (64-bit)
 * @param outputOctets    bytes to the device, Acct-Output-Gigawords included (64-bit)
 * @param sessionTime     Acct-Session-Time in seconds
 * @param terminateCause  Acct-Terminate-Cause's name (User-Request, Idle-Timeout, ...) on a Stop; else null
 * @param eventTime       when it happened at the router: Event-Timestamp, else arrival minus Acct-Delay-Time
 * @param receivedAt      when the gateway received it
 */
public record AccountingRecord(String recordId, String routerId, String nasIdentifier, String nasIp, String site,
        StatusType statusType, String acctSessionId, String sealedUserName, String voucherId, String mac,
        String framedIp,
        long inputOctets, long outputOctets, long inputPackets, long outputPackets, long sessionTime,
        String terminateCause, Instant eventTime, Instant receivedAt) {

    public static final EventType<AccountingRecord> TYPE =
            new EventType<>("AccountingRecord", 1, Topics.ACCOUNTING_RECORDS, AccountingRecord.class);

    /** Acct-Status-Type values (RFC 2866 §5.1). */
    public enum StatusType {
        START,
        STOP,
        INTERIM_UPDATE,
        ACCOUNTING_ON,
        ACCOUNTING_OFF
    }

    /** The Kafka key: one router's session, in order. */
    public String key() {
        return key(routerId, acctSessionId);
    }

    public static String key(String routerId, String acctSessionId) {
        return routerId + ":" + (acctSessionId == null ? "" : acctSessionId);
    }
}
