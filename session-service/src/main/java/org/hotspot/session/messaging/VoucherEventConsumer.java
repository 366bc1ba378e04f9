package org.hotspot.session.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventFormatException;
import org.hotspot.events.EventHeader;
import org.hotspot.events.voucher.VoucherStateChanged;
import org.hotspot.session.repository.VoucherSellerRepository;
import org.hotspot.session.service.QuotaEnforcement;
import org.jboss.logging.Logger;

/** Voucher lifecycle transitions from {@code voucher-events}; other voucher events are not ours and are skipped. */
@ApplicationScoped
public class VoucherEventConsumer {

    private static final Logger LOG = Logger.getLogger(VoucherEventConsumer.class);

    private final EventCodec codec = new EventCodec();
    private final QuotaEnforcement enforcement;
    private final VoucherSellerRepository sellers;
    private final MeterRegistry meters;

    public VoucherEventConsumer(QuotaEnforcement enforcement, VoucherSellerRepository sellers, MeterRegistry meters) {
        this.enforcement = enforcement;
        this.sellers = sellers;
        this.meters = meters;
    }

    @Incoming(Channels.VOUCHER_EVENTS_IN)
    public Uni<Void> consume(String value) {
        Event<VoucherStateChanged> event;
        try {
            byte[] json = value == null ? new byte[0] : value.getBytes(UTF_8);
            EventHeader header = codec.peek(json);
            if (!header.type().equals(VoucherStateChanged.TYPE.name())) {
                return Uni.createFrom().voidItem();
            }
            event = codec.decode(json, VoucherStateChanged.TYPE);
        } catch (EventFormatException | IllegalArgumentException e) {
            meters.counter("hotspot.session.voucher-events.malformed").increment();
            LOG.warnf("Skipped an unreadable value on voucher-events: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        VoucherStateChanged change = event.payload();
        Uni<Void> seller = change.seller() == null ? Uni.createFrom().voidItem()
                : sellers.remember(event.organizationId(), change.voucherId(), change.seller());
        return seller
                .chain(() -> enforcement.onTransition(event.organizationId(), event.id(), change))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(10);
    }
}
