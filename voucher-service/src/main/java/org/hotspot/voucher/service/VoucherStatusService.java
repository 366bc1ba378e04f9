package org.hotspot.voucher.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.hotspot.events.voucher.Authorizer;
import org.hotspot.events.voucher.PlanProjection;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.events.voucher.VoucherProjection;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.VoucherProblems;
import org.hotspot.voucher.repository.ProfileRepository;
import org.hotspot.voucher.repository.VoucherRepository;

/**
 * What is left of the voucher a status token names, for the portal's "you are online" and status
 * pages: the voucher's state and what its plan leaves of time, data and validity, by the usage
 * totals session-service last reported. Read from MongoDB, the source of truth, never from the
 * Redis projection; only the token's own voucher can be read, never one named by a code.
 */
@ApplicationScoped
public class VoucherStatusService {

    /**
     * One voucher's standing; null where its plan sets no limit or the date is not set.
     *
     * @param validUntil when it stops working: first use plus validity once used, the batch's expiry
     *                   while unused
     * @param bytesLeft  of the plan's data quota, upload and download together
     */
    public record Status(String voucherId, String organizationId, VoucherState state, String profileName,
            Long timeLeftSeconds, Long bytesLeft, Instant validUntil) {
    }

    private final StatusTokens tokens;
    private final VoucherRepository vouchers;
    private final ProfileRepository profiles;
    private final Clock clock = Clock.systemUTC();

    public VoucherStatusService(StatusTokens tokens, VoucherRepository vouchers, ProfileRepository profiles) {
        this.tokens = tokens;
        this.vouchers = vouchers;
        this.profiles = profiles;
    }

    /** The status of the token's voucher; a 404 problem for a token forged, altered or expired. */
    public Uni<Status> of(String statusToken) {
        String voucherId = tokens.verify(statusToken);
        if (voucherId == null) {
            return Uni.createFrom().failure(VoucherProblems.unknownStatusToken());
        }
        return vouchers.findById(voucherId)
                .onItem().ifNull().failWith(VoucherProblems::unknownStatusToken)
                .chain(voucher -> profiles.findInOrganization(voucher.organizationId, voucher.profileId)
                        .onItem().ifNull().failWith(VoucherProblems::unknownStatusToken)
                        .map(profile -> status(voucher, profile)));
    }

    private Status status(Voucher voucher, Profile profile) {
        VoucherProjection projection = Projections.of(voucher);
        PlanProjection plan = Projections.of(profile, voucher.termsVersion);
        return new Status(voucher.id, voucher.organizationId, standing(projection, plan), profile.name,
                left(plan.timeQuotaSeconds(), voucher.timeUsedSeconds),
                left(plan.dataQuotaBytes(), voucher.bytesIn + voucher.bytesOut),
                voucher.firstUsedAt == null ? voucher.expiresAt : voucher.validUntil);
    }

    /** The stored state, or the end a sweep or the next login would give a voucher already spent. */
    private VoucherState standing(VoucherProjection voucher, PlanProjection plan) {
        if (RejectReason.of(voucher.state()) != null) {
            return voucher.state();
        }
        RejectReason spent = Authorizer.spentBy(voucher, plan, Instant.now(clock));
        if (spent == null) {
            return voucher.state();
        }
        return spent == RejectReason.EXPIRED ? VoucherState.EXPIRED : VoucherState.EXHAUSTED;
    }

    private static Long left(Long quota, long used) {
        return quota == null ? null : Math.max(0, quota - used);
    }
}
