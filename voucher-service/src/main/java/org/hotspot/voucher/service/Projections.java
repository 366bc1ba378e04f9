package org.hotspot.voucher.service;

import java.util.List;
import org.hotspot.events.voucher.PlanProjection;
import org.hotspot.events.voucher.VoucherProjection;
import org.hotspot.events.voucher.VoucherProjection.Device;
import org.hotspot.voucher.PlanTerms;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.Voucher.DeviceLease;

/** Maps stored vouchers and profiles to the projections decisions read, and device leases back. */
public final class Projections {

    private Projections() {
    }

    public static VoucherProjection of(Voucher v) {
        List<Device> devices = v.devices == null ? List.of()
                : v.devices.stream().map(d -> new Device(d.mac, d.sessionId, d.nasId, d.seenAt)).toList();
        return new VoucherProjection(v.id, v.organizationId, v.batchId, v.profileId, v.state, v.expiresAt,
                v.firstUsedAt, v.validUntil, v.timeUsedSeconds, v.bytesIn, v.bytesOut, v.boundMacs, devices, v.version,
                v.termsVersion, v.seller);
    }

    /**
     * A voucher holding just what a conditional change needs (identity, state, version), from a
     * projection: the write itself checks the version, so it need not be read again first.
     */
    public static Voucher reference(VoucherProjection p) {
        Voucher v = new Voucher();
        v.id = p.voucherId();
        v.organizationId = p.organizationId();
        v.batchId = p.batchId();
        v.profileId = p.profileId();
        v.termsVersion = p.termsVersion();
        v.seller = p.seller();
        v.state = p.state();
        v.version = p.version();
        return v;
    }

    /** The terms of this version of the plan alone, for checks that grant nothing (is the voucher spent?). */
    public static PlanProjection of(Profile p, long termsVersion) {
        return of(p, termsVersion, null);
    }

    /** One version of the plan with the terms decisions are taken with, as Redis keeps it for router-gateway. */
    public static PlanProjection of(Profile p, long termsVersion, PlanProjection.Terms terms) {
        PlanTerms t = p.terms(termsVersion);
        return new PlanProjection(p.id, t.timeQuotaSeconds, t.validitySeconds, t.dataQuotaBytes, t.uploadQuotaBytes,
                t.downloadQuotaBytes, t.rateLimit, t.sharedUsers, t.macLock, t.idleTimeoutSeconds, t.sites, terms);
    }

    public static List<DeviceLease> leases(List<Device> devices) {
        return devices.stream().map(d -> {
            DeviceLease lease = new DeviceLease();
            lease.mac = d.mac();
            lease.sessionId = d.sessionId();
            lease.nasId = d.nasId();
            lease.seenAt = d.seenAt();
            return lease;
        }).toList();
    }
}
