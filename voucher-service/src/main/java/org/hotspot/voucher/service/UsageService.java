package org.hotspot.voucher.service;

import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.hotspot.events.voucher.Authorizer;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.events.session.VoucherUsage.OpenSession;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.Voucher.DeviceLease;
import org.hotspot.voucher.VoucherProblems;
import org.hotspot.voucher.repository.ProfileRepository;
import org.hotspot.voucher.repository.VoucherRepository;
import org.hotspot.voucher.service.VoucherChanges.Transition;
import org.jboss.logging.Logger;

/**
 * Applies session-service's usage totals to a voucher: the totals, the device leases of the sessions
 * still open (the others are released), and the end of the voucher when the totals spend it.
 * Idempotent: totals not newer than those held change nothing.
 */
@ApplicationScoped
public class UsageService {

    private static final Logger LOG = Logger.getLogger(UsageService.class);
    private static final int ATTEMPTS = 8;

    private final VoucherRepository vouchers;
    private final ProfileRepository profiles;
    private final VoucherChanges changes;

    public UsageService(VoucherRepository vouchers, ProfileRepository profiles, VoucherChanges changes) {
        this.vouchers = vouchers;
        this.profiles = profiles;
        this.changes = changes;
    }

    public Uni<Void> apply(String organizationId, VoucherUsage usage) {
        return vouchers.findInOrganization(organizationId, usage.voucherId())
                .chain(voucher -> {
                    if (voucher == null) {
                        LOG.warnf("Usage for voucher %s, unknown in organization %s: skipped", usage.voucherId(),
                                organizationId);
                        return Uni.createFrom().voidItem();
                    }
                    return profiles.findInOrganization(organizationId, voucher.profileId)
                            .chain(profile -> attempt(voucher, profile, usage, 1));
                });
    }

    private Uni<Void> attempt(Voucher voucher, Profile profile, VoucherUsage usage, int round) {
        if (voucher.usageAsOf != null && !usage.asOf().isAfter(voucher.usageAsOf)) {
            return Uni.createFrom().voidItem();
        }
        if (round > ATTEMPTS) {
            return Uni.createFrom().failure(VoucherProblems.busy());
        }
        List<Bson> updates = List.of(
                Updates.set("timeUsedSeconds", usage.timeUsedSeconds()),
                Updates.set("bytesIn", usage.bytesIn()),
                Updates.set("bytesOut", usage.bytesOut()),
                Updates.set("usageAsOf", usage.asOf()),
                Updates.set("devices", VoucherChanges.leases(leases(voucher, usage))));
        return changes.apply(voucher, updates, endIfSpent(voucher, profile, usage))
                .chain(updated -> updated != null ? Uni.createFrom().voidItem()
                        : vouchers.findById(voucher.id).chain(fresh -> attempt(fresh, profile, usage, round + 1)));
    }

    /** Open sessions keep (and renew) their lease; a lease granted after the report is kept too, its session not reported yet. */
    private static List<DeviceLease> leases(Voucher voucher, VoucherUsage usage) {
        List<DeviceLease> leases = new ArrayList<>();
        for (OpenSession open : usage.openSessions()) {
            DeviceLease lease = new DeviceLease();
            lease.mac = open.mac();
            lease.sessionId = open.sessionId();
            lease.nasId = open.nasId();
            lease.seenAt = usage.asOf();
            leases.add(lease);
        }
        for (DeviceLease held : voucher.devices) {
            boolean reported = usage.openSessions().stream().anyMatch(open -> open.sessionId().equals(held.sessionId));
            if (!reported && held.seenAt.isAfter(usage.asOf())) {
                leases.add(held);
            }
        }
        return leases;
    }

    private static Transition endIfSpent(Voucher voucher, Profile profile, VoucherUsage usage) {
        if (profile == null || !voucher.state.usable()) {
            return null;
        }
        var projection = new org.hotspot.events.voucher.VoucherProjection(voucher.id, voucher.organizationId,
                voucher.batchId, voucher.profileId, voucher.state, voucher.expiresAt, voucher.firstUsedAt,
                voucher.validUntil, usage.timeUsedSeconds(), usage.bytesIn(), usage.bytesOut(), voucher.boundMacs,
                List.of(), voucher.version);
        RejectReason spent = Authorizer.spentBy(projection, Projections.of(profile), Instant.now());
        if (spent == RejectReason.EXHAUSTED) {
            return Transition.automatic(VoucherState.EXHAUSTED, "usage");
        }
        return spent == RejectReason.EXPIRED ? Transition.automatic(VoucherState.EXPIRED,
                voucher.state == VoucherState.UNUSED ? "batch-expiry" : "validity") : null;
    }
}
