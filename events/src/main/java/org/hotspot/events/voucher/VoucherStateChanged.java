package org.hotspot.events.voucher;

import org.hotspot.events.EventType;
import org.hotspot.events.Topics;

/**
 * One lifecycle transition of one voucher, keyed by voucher id. Published for every transition,
 * automatic (first use, quota spent, expiry) or by an operator (revoke, disable, enable).
 *
 * @param voucherId the voucher's id (never its code)
 * @param from      the state before
 * @param to        the state after
 * @param cause     what caused it: {@code first-use}, {@code time-quota}, {@code data-quota},
 *                  {@code validity}, {@code batch-expiry}, {@code operator}
 * @param actor     the operator's username, or {@code system}
 * @param seller    the reseller who sold the voucher, null when the organization sold it itself;
 *                  session-service shows a reseller the sessions and usage of their vouchers only
 * @param version   the voucher's version after the transition; router-gateway trusts no Redis entry
 *                  of the voucher older than it (a replay); 0 in events of older voucher-services
 */
public record VoucherStateChanged(String voucherId, String batchId, String profileId, VoucherState from,
        VoucherState to, String cause, String actor, String seller, long version) {

    /** A transition whose resulting version is not told. */
    public VoucherStateChanged(String voucherId, String batchId, String profileId, VoucherState from,
            VoucherState to, String cause, String actor, String seller) {
        this(voucherId, batchId, profileId, from, to, cause, actor, seller, 0);
    }

    /** A transition of a voucher the organization sold itself. */
    public VoucherStateChanged(String voucherId, String batchId, String profileId, VoucherState from,
            VoucherState to, String cause, String actor) {
        this(voucherId, batchId, profileId, from, to, cause, actor, null);
    }

    public static final EventType<VoucherStateChanged> TYPE =
            new EventType<>("VoucherStateChanged", 1, Topics.VOUCHER_EVENTS, VoucherStateChanged.class);
}
