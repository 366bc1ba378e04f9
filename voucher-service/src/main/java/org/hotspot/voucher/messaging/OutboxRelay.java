package org.hotspot.voucher.messaging;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.repository.VoucherRepository;
import org.jboss.logging.Logger;

/**
 * Sends lifecycle events a crash or a broker outage left in vouchers' outboxes. An event may then
 * reach the topic twice (sent, but the removal lost); consumers keep event ids, so that is harmless,
 * where a lost event would not be.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Younger events are still being sent by the request that wrote them. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private final VoucherRepository vouchers;
    private final VoucherEventPublisher publisher;
    private final OutboxAcks acks;

    public OutboxRelay(VoucherRepository vouchers, VoucherEventPublisher publisher, OutboxAcks acks) {
        this.vouchers = vouchers;
        this.publisher = publisher;
        this.acks = acks;
    }

    @Scheduled(every = "${hotspot.voucher.outbox-relay-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        return vouchers.withPendingEvents(Instant.now().minus(GRACE), 500)
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(this::resend)
                .collect().last()
                .replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("Outbox relay stopped this round: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> resend(Voucher voucher) {
        return Multi.createFrom().iterable(voucher.outbox)
                .onItem().transformToUniAndConcatenate(event -> publisher.send(event)
                        .invoke(() -> acks.sent(voucher.id, event.eventId)))
                .collect().last()
                .replaceWithVoid();
    }
}
