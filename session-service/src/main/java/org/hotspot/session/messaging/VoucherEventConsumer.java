package org.hotspot.session.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventFormatException;
import org.hotspot.events.EventHeader;
import org.hotspot.events.voucher.VoucherStateChanged;
import org.hotspot.session.repository.VoucherSellerRepository;
import org.hotspot.session.repository.VoucherSellerRepository.VoucherSeller;
import org.hotspot.session.service.QuotaEnforcement;
import org.hotspot.session.service.QuotaEnforcement.Transition;
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

    /**
     * A poll's values as the broker hands them over: one write for the plans of every voucher in them
     * (most are first uses, which need nothing else), where one event at a time cost two round trips
     * each. A failure retries the whole poll; every step is idempotent.
     */
    @Incoming(Channels.VOUCHER_EVENTS_IN)
    public Uni<Void> consume(List<String> values) {
        List<Event<VoucherStateChanged>> events = new ArrayList<>(values.size());
        for (String value : values) {
            Event<VoucherStateChanged> event = transition(value);
            if (event != null) {
                events.add(event);
            }
        }
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<VoucherSeller> sold = events.stream()
                .filter(event -> event.payload().seller() != null)
                .map(event -> new VoucherSeller(event.organizationId(), event.payload().voucherId(),
                        event.payload().seller()))
                .toList();
        List<Transition> transitions = events.stream()
                .map(event -> new Transition(event.organizationId(), event.id(), event.payload()))
                .toList();
        return Uni.createFrom().deferred(() -> sellers.rememberAll(sold)
                .chain(() -> enforcement.onTransitions(transitions)))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(10);
    }

    /** The lifecycle transition this value carries; null for other voucher events and unreadable values. */
    private Event<VoucherStateChanged> transition(String value) {
        try {
            byte[] json = value == null ? new byte[0] : value.getBytes(UTF_8);
            EventHeader header = codec.peek(json);
            if (!header.type().equals(VoucherStateChanged.TYPE.name())) {
                return null;
            }
            return codec.decode(json, VoucherStateChanged.TYPE);
        } catch (EventFormatException | IllegalArgumentException e) {
            meters.counter("hotspot.session.voucher-events.malformed").increment();
            LOG.warnf("Skipped an unreadable value on voucher-events: %s", e.getMessage());
            return null;
        }
    }
}
