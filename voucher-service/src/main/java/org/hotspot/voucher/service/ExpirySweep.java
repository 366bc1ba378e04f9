package org.hotspot.voucher.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.repository.VoucherRepository;
import org.hotspot.voucher.service.VoucherChanges.Transition;
import org.jboss.logging.Logger;

/**
 * Expires what is due without waiting for a login to notice: unused vouchers past their batch's
 * expiry and active ones past their validity. The embedded MongoDB has no TTL indexes, and a TTL
 * would delete rather than expire anyway, so this is a scheduled sweep. Each voucher is expired by
 * the same conditional change as everything else, so a concurrent login or operator wins cleanly.
 */
@ApplicationScoped
public class ExpirySweep {

    private static final Logger LOG = Logger.getLogger(ExpirySweep.class);
    private static final int PAGE = 1000;

    private final VoucherRepository vouchers;
    private final VoucherChanges changes;

    public ExpirySweep(VoucherRepository vouchers, VoucherChanges changes) {
        this.vouchers = vouchers;
        this.changes = changes;
    }

    @Scheduled(every = "${hotspot.voucher.expiry-sweep-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sweep().onFailure().invoke(e -> LOG.warnf("Expiry sweep stopped this round: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Expires one page of due vouchers; how many it expired. */
    public Uni<Integer> sweep() {
        Instant now = Instant.now();
        return vouchers.dueToExpire(now, PAGE)
                .onItem().transformToMulti(due -> Multi.createFrom().iterable(due))
                .onItem().transformToUniAndConcatenate(voucher -> expire(voucher))
                .collect().asList()
                .map(results -> (int) results.stream().filter(Boolean::booleanValue).count())
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("Expired %d vouchers", count);
                    }
                });
    }

    private Uni<Boolean> expire(Voucher voucher) {
        String cause = voucher.state == VoucherState.UNUSED ? "batch-expiry" : "validity";
        // A lost race means the voucher changed meanwhile; the next round looks at it again.
        return changes.apply(voucher, List.of(), Transition.automatic(VoucherState.EXPIRED, cause))
                .map(updated -> updated != null);
    }
}
