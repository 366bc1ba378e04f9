package org.hotspot.voucher.service;

import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.conversions.Bson;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.events.session.VoucherUsage.OpenSession;
import org.hotspot.events.voucher.Authorizer;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.events.voucher.VoucherProjection;
import org.hotspot.events.voucher.VoucherState;
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

    /** A report of one voucher's totals, as read from {@code session-events}. */
    public record Report(String organizationId, VoucherUsage usage) {
    }

    /**
     * Applies a poll's reports: only each voucher's newest counts (a later report holds everything
     * an earlier one did), the vouchers and their plans read in one query each, the vouchers written
     * side by side, each on its own version.
     */
    public Uni<Void> applyAll(List<Report> reports) {
        Map<String, Report> newest = new LinkedHashMap<>();
        for (Report report : reports) {
            newest.merge(report.organizationId() + "/" + report.usage().voucherId(), report,
                    (held, next) -> next.usage().asOf().isAfter(held.usage().asOf()) ? next : held);
        }
        if (newest.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<String> ids =
                newest.values().stream().map(report -> report.usage().voucherId()).collect(Collectors.toSet());
        return vouchers.byIds(ids)
                .chain(found -> profiles.byIds(found.stream().map(voucher -> voucher.profileId)
                        .filter(Objects::nonNull).collect(Collectors.toSet()))
                        .chain(plans -> applyEach(newest.values(), found, plans)));
    }

    private Uni<Void> applyEach(Collection<Report> reports, List<Voucher> found, List<Profile> plans) {
        Map<String, Voucher> byId = found.stream().collect(Collectors.toMap(voucher -> voucher.id, voucher -> voucher));
        Map<String, Profile> planById = plans.stream().collect(Collectors.toMap(plan -> plan.id, plan -> plan));
        List<Uni<Void>> applied = new ArrayList<>();
        for (Report report : reports) {
            Voucher voucher = byId.get(report.usage().voucherId());
            if (voucher == null || !report.organizationId().equals(voucher.organizationId)) {
                LOG.warnf("Usage for voucher %s, unknown in organization %s: skipped", report.usage().voucherId(),
                        report.organizationId());
                continue;
            }
            Profile plan = planById.get(voucher.profileId);
            applied.add(attempt(voucher, plan != null && voucher.organizationId.equals(plan.organizationId) ? plan
                    : null, report.usage(), 1));
        }
        return applied.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(applied).andFailFast().replaceWithVoid();
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
        var projection = new VoucherProjection(voucher.id, voucher.organizationId,
                voucher.batchId, voucher.profileId, voucher.state, voucher.expiresAt, voucher.firstUsedAt,
                voucher.validUntil, usage.timeUsedSeconds(), usage.bytesIn(), usage.bytesOut(), voucher.boundMacs,
                List.of(), voucher.version);
        RejectReason spent =
                Authorizer.spentBy(projection, Projections.of(profile, voucher.termsVersion), Instant.now());
        if (spent == RejectReason.EXHAUSTED) {
            return Transition.automatic(VoucherState.EXHAUSTED, "usage");
        }
        return spent == RejectReason.EXPIRED ? Transition.automatic(VoucherState.EXPIRED,
                voucher.state == VoucherState.UNUSED ? "batch-expiry" : "validity") : null;
    }
}
