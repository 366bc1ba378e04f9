package org.hotspot.events.voucher;

/**
 * The answer to an {@link AccessRequest}: accept with what the router must enforce, or reject with
 * a reason. Null limits mean unlimited.
 *
 * @param sessionTimeoutSeconds the lesser of the time quota left and the validity left
 * @param dataLeftBytes         total bytes left (up and down)
 * @param uploadLeftBytes       bytes the device may still send
 * @param downloadLeftBytes     bytes the device may still receive
 * @param firstUse              this accept activated the voucher
 */
public record Decision(boolean accept, RejectReason reason, String voucherId, Long sessionTimeoutSeconds,
        Long dataLeftBytes, Long uploadLeftBytes, Long downloadLeftBytes, String rateLimit, Long idleTimeoutSeconds,
        Long interimIntervalSeconds, boolean firstUse) {

    public static Decision reject(RejectReason reason, String voucherId) {
        return new Decision(false, reason, voucherId, null, null, null, null, null, null, null, false);
    }
}
