package org.hotspot.events.voucher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hotspot.events.voucher.VoucherProjection.Device;

/**
 * The authorization rules, applied to a voucher's projection: the same answer whether voucher-service
 * or router-gateway decides. The result says what to answer and what must change in the voucher;
 * a decision that changes the voucher (first use, a new device, an expiry found at login) only
 * counts once that change was written against the version it was decided on.
 */
public final class Authorizer {

    private final Duration interimInterval;
    private final Duration deviceLease;

    /**
     * @param interimInterval what routers are told to report at (Acct-Interim-Interval)
     * @param deviceLease     how long a granted device counts against shared users without news of
     *                        its session; session-service's usage reports renew it
     */
    public Authorizer(Duration interimInterval, Duration deviceLease) {
        this.interimInterval = Objects.requireNonNull(interimInterval);
        this.deviceLease = Objects.requireNonNull(deviceLease);
    }

    /** The decision and the change it needs, or no change. */
    public record Verdict(Decision decision, Change change) {
    }

    /**
     * A change to write, conditional on the voucher still being at {@code basedOnVersion}.
     *
     * @param to          a new state, or null to keep it
     * @param cause       why the state changes (see {@link VoucherStateChanged#cause})
     * @param firstUsedAt set at first use, else null
     * @param validUntil  set at first use, else null
     * @param boundMacs   the bound MACs after the change
     * @param devices     the device leases after the change
     */
    public record Change(long basedOnVersion, VoucherState to, String cause, Instant firstUsedAt, Instant validUntil,
            List<String> boundMacs, List<Device> devices) {
    }

    public Verdict decide(VoucherProjection voucher, PlanProjection plan, AccessRequest request, Instant now) {
        if (voucher == null || plan == null) {
            return reject(RejectReason.UNKNOWN, null);
        }
        RejectReason closed = RejectReason.of(voucher.state());
        if (closed != null) {
            return reject(closed, voucher.voucherId());
        }
        if (voucher.state() == VoucherState.UNUSED && reached(voucher.expiresAt(), now)) {
            return end(voucher, VoucherState.EXPIRED, RejectReason.EXPIRED, "batch-expiry");
        }
        if (voucher.state() == VoucherState.ACTIVE && reached(voucher.validUntil(), now)) {
            return end(voucher, VoucherState.EXPIRED, RejectReason.EXPIRED, "validity");
        }
        Long timeLeft = left(plan.timeQuotaSeconds(), voucher.timeUsedSeconds());
        if (timeLeft != null && timeLeft <= 0) {
            return end(voucher, VoucherState.EXHAUSTED, RejectReason.EXHAUSTED, "time-quota");
        }
        Long dataLeft = left(plan.dataQuotaBytes(), voucher.bytesIn() + voucher.bytesOut());
        Long uploadLeft = left(plan.uploadQuotaBytes(), voucher.bytesIn());
        Long downloadLeft = left(plan.downloadQuotaBytes(), voucher.bytesOut());
        if (spent(dataLeft) || spent(uploadLeft) || spent(downloadLeft)) {
            return end(voucher, VoucherState.EXHAUSTED, RejectReason.EXHAUSTED, "data-quota");
        }
        if (!plan.sites().isEmpty() && (request.site() == null || !plan.sites().contains(request.site()))) {
            return reject(RejectReason.WRONG_SITE, voucher.voucherId());
        }
        String device = deviceOf(request);
        List<String> bound = new ArrayList<>(voucher.boundMacs());
        if (plan.macLock() && !bound.contains(device)) {
            // A locked voucher binds as many devices as it has shared users, the first ones to use it.
            if (bound.size() >= plan.sharedUsers()) {
                return reject(RejectReason.MAC_MISMATCH, voucher.voucherId());
            }
            bound.add(device);
        }
        List<Device> devices = new ArrayList<>();
        for (Device held : voucher.devices()) {
            if (!device.equals(held.mac()) && leasedAfter(held, now.minus(deviceLease))) {
                devices.add(held);
            }
        }
        // The same device logging in again replaces its own lease rather than taking a second place.
        if (devices.size() >= plan.sharedUsers()) {
            return reject(RejectReason.DEVICE_LIMIT, voucher.voucherId());
        }
        devices.add(new Device(device, request.sessionId(), request.nasId(), now));

        boolean firstUse = voucher.state() == VoucherState.UNUSED;
        Instant validUntil = firstUse
                ? plan.validitySeconds() == null ? null : now.plusSeconds(bounded(plan.validitySeconds()))
                : voucher.validUntil();
        Long sessionTimeout = lesser(timeLeft, validUntil == null ? null : secondsUntil(now, validUntil));
        Decision accept = new Decision(true, null, voucher.voucherId(), sessionTimeout, dataLeft, uploadLeft,
                downloadLeft, plan.rateLimit(), plan.idleTimeoutSeconds(), interimInterval.toSeconds(), firstUse);
        Change change = new Change(voucher.version(), firstUse ? VoucherState.ACTIVE : null,
                firstUse ? "first-use" : null, firstUse ? now : null, firstUse ? validUntil : null, bound, devices);
        return new Verdict(accept, change);
    }

    /**
     * Whether an accept's change only renews the lease of a device that already holds one granted or
     * renewed within the last half lease. Writing such a change alters no later decision (the device
     * already counts against shared users, nothing else changes), so a reader of the projection may
     * answer the re-login itself; a device whose lease is older goes through voucher-service, which
     * renews it. This is what lets a router re-authenticating its online devices be answered from
     * Redis alone.
     */
    public boolean onlyRenews(VoucherProjection voucher, Verdict verdict, AccessRequest request, Instant now) {
        Change change = verdict.change();
        if (!verdict.decision().accept() || change == null || change.to() != null
                || voucher.state() != VoucherState.ACTIVE || !change.boundMacs().equals(voucher.boundMacs())) {
            return false;
        }
        String device = deviceOf(request);
        Instant freshSince = now.minusMillis(deviceLease.toMillis() / 2);
        return voucher.devices().stream()
                .anyMatch(held -> device.equals(held.mac()) && leasedAfter(held, freshSince));
    }

    /** Whether the voucher's time, data or validity is spent, for sweeps and usage updates. */
    public static RejectReason spentBy(VoucherProjection voucher, PlanProjection plan, Instant now) {
        if (voucher.state() == VoucherState.UNUSED && reached(voucher.expiresAt(), now)
                || voucher.state() == VoucherState.ACTIVE && reached(voucher.validUntil(), now)) {
            return RejectReason.EXPIRED;
        }
        Long timeLeft = left(plan.timeQuotaSeconds(), voucher.timeUsedSeconds());
        Long dataLeft = left(plan.dataQuotaBytes(), voucher.bytesIn() + voucher.bytesOut());
        if (spent(timeLeft) || spent(dataLeft) || spent(left(plan.uploadQuotaBytes(), voucher.bytesIn()))
                || spent(left(plan.downloadQuotaBytes(), voucher.bytesOut()))) {
            return RejectReason.EXHAUSTED;
        }
        return null;
    }

    /**
     * Whether the device was granted or renewed after the instant. An entry without the time (a
     * damaged projection read from Redis) holds no lease: it must not fail the login.
     */
    private static boolean leasedAfter(Device held, Instant since) {
        return held.seenAt() != null && held.seenAt().isAfter(since);
    }

    /** A device is its MAC; without one (a router that sends none), the session it asks for. */
    private static String deviceOf(AccessRequest request) {
        return request.mac() != null ? request.mac() : "session:" + request.sessionId();
    }

    private static Verdict reject(RejectReason reason, String voucherId) {
        return new Verdict(Decision.reject(reason, voucherId), null);
    }

    /** A reject that also ends the voucher: the login found it spent before any sweep or usage update did. */
    private static Verdict end(VoucherProjection voucher, VoucherState to, RejectReason reason, String cause) {
        return new Verdict(Decision.reject(reason, voucher.voucherId()),
                new Change(voucher.version(), to, cause, null, null, voucher.boundMacs(), voucher.devices()));
    }

    /**
     * A duration within the plan limits: profiles are refused past them, and one stored before they
     * were must not overflow the date it is added to and fail every login.
     */
    private static long bounded(long seconds) {
        return Math.min(seconds, PlanProjection.MAX_SECONDS);
    }

    private static boolean reached(Instant deadline, Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    private static Long left(Long quota, long used) {
        return quota == null ? null : Math.max(0, quota - used);
    }

    private static boolean spent(Long left) {
        return left != null && left <= 0;
    }

    private static long secondsUntil(Instant now, Instant deadline) {
        return Math.max(1, Duration.between(now, deadline).toSeconds());
    }

    private static Long lesser(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }
}
