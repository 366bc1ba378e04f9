package org.hotspot.voucher.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hotspot.common.warmup.WarmUp;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Authorizer.Verdict;
import org.hotspot.events.voucher.PlanProjection;
import org.hotspot.events.voucher.VoucherProjection;
import org.hotspot.events.voucher.VoucherState;

/**
 * A first use's path through this service on data no tenant has: a code of the warm-up organization
 * decided (its Redis and MongoDB lookups miss, so it is rejected as unknown), then a first use of a
 * made-up unused voucher decided and written with the real conditional write, on an id no voucher
 * has (the write matches nothing, so nothing is stored and no event or audit record is sent), and
 * its Redis entry written under the warm-up organization's keys, a handful reused.
 */
@ApplicationScoped
public class AuthorizationWarmUp implements WarmUp {

    /** Redis keys the rounds share, so the warm-up leaves a few short-lived entries, not thousands. */
    private static final int ENTRIES = 8;
    private static final PlanProjection PLAN = new PlanProjection("warm-up-plan", 86_400L, 86_400L, 2_000_000_000L,
            null, null, "4M/2M", 1, false, 300L, List.of(), new PlanProjection.Terms(300, 900));

    private final AuthorizationService authorization;
    private final VoucherCache cache;

    public AuthorizationWarmUp(AuthorizationService authorization, VoucherCache cache) {
        this.authorization = authorization;
        this.cache = cache;
    }

    @Override
    public String name() {
        return "authorization";
    }

    @Override
    public Uni<Void> round(int round) {
        String code = WarmUp.code();
        AccessRequest request = new AccessRequest("warm-up-router", "warm-up", String.format("02:00:00:00:%02x:%02x",
                (round >> 8) & 0xff, round & 0xff), "10.5.50.2", "warm-up-" + round);
        VoucherProjection unused = unused(round);
        Verdict firstUse = authorization.authorizer().decide(unused, PLAN, request, Instant.now());
        return authorization.decide(ORGANIZATION, code, request)
                .chain(() -> authorization.write(Projections.reference(unused), firstUse.change()))
                .chain(() -> cache.put("warm-up-" + (round % ENTRIES), unused))
                .replaceWithVoid();
    }

    private static VoucherProjection unused(int round) {
        return new VoucherProjection("warm-up-" + round + "-" + System.nanoTime(), ORGANIZATION, "warm-up-batch",
                PLAN.profileId(), VoucherState.UNUSED, null, null, null, 0, 0, 0, List.of(), List.of(), 1, 0, null);
    }
}
