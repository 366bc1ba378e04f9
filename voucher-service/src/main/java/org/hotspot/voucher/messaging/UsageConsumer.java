package org.hotspot.voucher.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventFormatException;
import org.hotspot.events.EventHeader;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.voucher.service.UsageService;
import org.jboss.logging.Logger;

/**
 * Reads voucher usage totals from {@code session-events}; other session events are not ours and
 * are skipped. A value that is not a readable event is counted and logged, never retried forever:
 * the next totals for the same voucher supersede it anyway.
 */
@ApplicationScoped
public class UsageConsumer {

    private static final Logger LOG = Logger.getLogger(UsageConsumer.class);

    private final EventCodec codec = new EventCodec();
    private final UsageService usage;
    private final MeterRegistry registry;

    public UsageConsumer(UsageService usage, MeterRegistry registry) {
        this.usage = usage;
        this.registry = registry;
    }

    @Incoming(Channels.SESSION_EVENTS_IN)
    public Uni<Void> consume(String value) {
        byte[] json = value == null ? new byte[0] : value.getBytes(UTF_8);
        Event<VoucherUsage> event;
        try {
            EventHeader header = codec.peek(json);
            if (!header.type().equals(VoucherUsage.TYPE.name())) {
                return Uni.createFrom().voidItem();
            }
            event = codec.decode(json, VoucherUsage.TYPE);
        } catch (EventFormatException | IllegalArgumentException e) {
            registry.counter("hotspot.voucher.usage.malformed").increment();
            LOG.warnf("Skipped an unreadable session event: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return usage.apply(event.organizationId(), event.payload());
    }
}
