package org.hotspot.voucher.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.events.voucher.Authorizer;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.voucher.VoucherCodes;
import org.hotspot.voucher.config.VoucherConfig;
import org.hotspot.voucher.service.VoucherCache.Snapshot;

/**
 * The portal's check of a code before it sends the customer's login round the router: whether the
 * voucher would log in as far as the voucher itself goes (known in this organization, not closed,
 * expired or used up), so the customer hears at once and in their language. It reads the voucher as
 * a login does and changes nothing: the login through the router still decides, device limits and
 * sites included.
 *
 * <p>Rate limited ({@link PrecheckThrottle}), and every answer takes at least the configured floor,
 * so a code that exists is never told apart from a wrong one by how fast the answer came.
 */
@ApplicationScoped
public class PrecheckService {

    private static final String PRECHECKS = "hotspot.voucher.prechecks";
    private static final String OK = "ok";

    /** What the precheck found: no reason (and a status token) when the code may log in. */
    public record Outcome(RejectReason reason, String statusToken) {

        /** {@code ok} or the reject's wire form. */
        public String wire() {
            return reason == null ? OK : reason.wire();
        }
    }

    private final VoucherCache cache;
    private final VoucherKeys keys;
    private final PrecheckThrottle throttle;
    private final StatusTokens tokens;
    private final Duration floor;
    private final Clock clock = Clock.systemUTC();
    /** Prechecks by outcome, registered once. */
    private final Map<String, Counter> outcomes = new HashMap<>();

    public PrecheckService(VoucherCache cache, VoucherKeys keys, PrecheckThrottle throttle, StatusTokens tokens,
            VoucherConfig config, MeterRegistry registry) {
        this.cache = cache;
        this.keys = keys;
        this.throttle = throttle;
        this.tokens = tokens;
        this.floor = config.precheck().floor();
        outcomes.put(OK, registry.counter(PRECHECKS, "outcome", OK));
        for (RejectReason reason : RejectReason.values()) {
            outcomes.put(reason.wire(), registry.counter(PRECHECKS, "outcome", reason.wire()));
        }
        outcomes.put("throttled", registry.counter(PRECHECKS, "outcome", "throttled"));
    }

    /**
     * @param mac           the device's MAC as the router gave it; null when the portal has none
     * @param clientAddress the customer's address as the portal saw it
     */
    public Uni<Outcome> precheck(String organizationId, String code, String mac, String clientAddress) {
        long started = System.nanoTime();
        return throttle.admit(organizationId, mac, clientAddress)
                .onFailure(ProblemException.class).invoke(this::countRefusal)
                .chain(() -> lookUp(organizationId, code))
                .invoke(outcome -> outcomes.get(outcome.wire()).increment())
                .onItemOrFailure().call((outcome, failure) -> untilFloor(started));
    }

    private void countRefusal(Throwable refusal) {
        if (((ProblemException) refusal).status() == 429) {
            outcomes.get("throttled").increment();
        }
    }

    private Uni<Outcome> lookUp(String organizationId, String code) {
        String normalized = VoucherCodes.normalize(code);
        if (normalized == null || normalized.length() > VoucherCodes.MAX_LENGTH + VoucherCodes.MAX_PREFIX_LENGTH) {
            return Uni.createFrom().item(new Outcome(RejectReason.UNKNOWN, null));
        }
        // The lookup key is of this organization's codes only: another organization's code is unknown here.
        return cache.read(organizationId, VoucherCodes.lookupKey(keys.lookupKey(), organizationId, normalized))
                .map(this::outcomeOf);
    }

    private Outcome outcomeOf(Snapshot snapshot) {
        if (snapshot.voucher() == null || snapshot.plan() == null) {
            return new Outcome(RejectReason.UNKNOWN, null);
        }
        RejectReason reason = RejectReason.of(snapshot.voucher().state());
        if (reason == null) {
            // Spent but not yet marked so by a sweep or a usage report: the login would end it.
            reason = Authorizer.spentBy(snapshot.voucher(), snapshot.plan(), Instant.now(clock));
        }
        return reason != null ? new Outcome(reason, null)
                : new Outcome(null, tokens.issue(snapshot.voucher().voucherId()));
    }

    /** Waits out what is left of the floor, on a timer: no thread is held meanwhile. */
    private Uni<Void> untilFloor(long started) {
        Duration left = floor.minusNanos(System.nanoTime() - started);
        return left.isNegative() || left.isZero() ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(left);
    }
}
