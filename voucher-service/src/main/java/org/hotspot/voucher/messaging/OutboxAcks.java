package org.hotspot.voucher.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.hotspot.voucher.repository.VoucherRepository;
import org.hotspot.voucher.repository.VoucherRepository.SentEvent;
import org.jboss.logging.Logger;

/**
 * Clears the events the broker has from their vouchers' outboxes, many in one write: a first use
 * then costs one conditional write (the change with its event) and a small share of this one,
 * where clearing each event on its own doubled MongoDB's writes per login. An event whose clearing
 * is lost (a crash, a failed write) stays in its outbox and {@link OutboxRelay} sends it again;
 * consumers keep event ids, so that is harmless.
 */
@ApplicationScoped
public class OutboxAcks {

    private static final Logger LOG = Logger.getLogger(OutboxAcks.class);
    /** Per write: a bound on one bulk request, far above what one interval gathers at 1,000 first uses a second. */
    static final int MAX_PER_WRITE = 2_000;

    private final Queue<SentEvent> sent = new ConcurrentLinkedQueue<>();
    private final VoucherRepository vouchers;
    private final Counter left;

    public OutboxAcks(VoucherRepository vouchers, MeterRegistry registry) {
        this.vouchers = vouchers;
        this.left = Counter.builder("hotspot.voucher.outbox.clear-failures")
                .description("Sent events whose clearing from the outbox failed; the relay sends them again")
                .register(registry);
    }

    /** The broker has this voucher's event: clear it with the next write. */
    public void sent(String voucherId, String eventId) {
        sent.add(new SentEvent(voucherId, eventId));
    }

    @Scheduled(every = "${hotspot.voucher.outbox-clear-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> clear() {
        List<SentEvent> cleared = new ArrayList<>();
        for (SentEvent event = sent.poll(); event != null && cleared.size() < MAX_PER_WRITE; event = sent.poll()) {
            cleared.add(event);
        }
        if (cleared.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return vouchers.removePendingEvents(cleared)
                .onFailure().invoke(e -> {
                    left.increment(cleared.size());
                    LOG.warnf("%d sent events left in their outboxes for the relay: %s", cleared.size(),
                            e.getMessage());
                })
                .onFailure().recoverWithNull();
    }
}
