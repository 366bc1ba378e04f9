package org.hotspot.voucher.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import org.hotspot.voucher.Batch;
import org.hotspot.voucher.Refund;
import org.hotspot.voucher.repository.RefundRepository;
import org.jboss.logging.Logger;

/**
 * Gives resellers their credit back for batches that failed. The refund is first recorded as owed,
 * then given; one that fails (MongoDB unreachable, a restart in between) stays recorded and is
 * retried with growing delays, each failure logged and counted in {@code hotspot.voucher.refunds}.
 */
@ApplicationScoped
public class ResellerRefunds {

    private static final Logger LOG = Logger.getLogger(ResellerRefunds.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(30);
    private static final int DUE_PER_ROUND = 100;

    private final RefundRepository refunds;
    private final MeterRegistry registry;

    public ResellerRefunds(RefundRepository refunds, MeterRegistry registry) {
        this.refunds = refunds;
        this.registry = registry;
    }

    /** Refunds what the reseller paid for the batch; never fails the caller (a failure is retried). */
    public Uni<Void> refund(String reseller, Batch batch) {
        if (reseller == null || batch.charged == null) {
            return Uni.createFrom().voidItem();
        }
        Refund refund = new Refund();
        refund.batchId = batch.id;
        refund.organizationId = batch.organizationId;
        refund.reseller = reseller;
        refund.currency = batch.currency;
        refund.units = batch.charged.setScale(BatchService.CREDIT_SCALE, RoundingMode.UP).unscaledValue()
                .longValueExact();
        refund.createdAt = Instant.now();
        refund.nextAttemptAt = refund.createdAt.plus(FIRST_RETRY);
        return refunds.owe(refund)
                .onFailure().invoke(e -> failed(refund, e))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(5)
                .chain(() -> attempt(refund))
                .onFailure().invoke(e -> lost(refund, e))
                .onFailure().recoverWithNull();
    }

    @Scheduled(every = "${hotspot.voucher.refund-retry-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> retryDue() {
        return refunds.due(Instant.now(), DUE_PER_ROUND)
                .onItem().transformToMulti(due -> Multi.createFrom().iterable(due))
                .onItem().transformToUniAndConcatenate(this::attempt)
                .collect().last()
                .onFailure().invoke(e -> LOG.warnf("Reading refunds due failed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Gives the refund and forgets it; a failure postpones it. */
    private Uni<Void> attempt(Refund refund) {
        return refunds.give(refund)
                .chain(() -> refunds.forget(refund.batchId))
                .invoke(() -> registry.counter("hotspot.voucher.refunds", "result", "given").increment())
                .onFailure().call(e -> {
                    failed(refund, e);
                    int attempts = refund.attempts + 1;
                    return refunds.postpone(refund.batchId, attempts, Instant.now().plus(delay(attempts)),
                            e.getMessage()).onFailure().recoverWithNull();
                })
                .onFailure().recoverWithNull();
    }

    /**
     * Not even recorded as owed, so no retry will give it: counted apart ({@code result=lost}, to
     * alert on) and logged with what an operator needs to grant it by hand.
     */
    private void lost(Refund refund, Throwable e) {
        registry.counter("hotspot.voucher.refunds", "result", "lost").increment();
        LOG.errorf("LOST refund: batch %s, reseller %s of organization %s, %s %s could not be recorded as owed; "
                + "grant it by hand: %s", refund.batchId, refund.reseller, refund.organizationId,
                BigDecimal.valueOf(refund.units, BatchService.CREDIT_SCALE).toPlainString(), refund.currency,
                e.getMessage());
    }

    private void failed(Refund refund, Throwable e) {
        registry.counter("hotspot.voucher.refunds", "result", "failed").increment();
        LOG.warnf("Refund of batch %s to reseller %s (%d units of %s) failed, will retry: %s", refund.batchId,
                refund.reseller, refund.units, refund.currency, e.getMessage());
    }

    /** 2 s, 4 s, 8 s... up to half an hour between attempts. */
    static Duration delay(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }
}
