package org.hotspot.voucher.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventFormatException;
import org.hotspot.events.EventHeader;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.voucher.service.UsageService;
import org.hotspot.voucher.service.UsageService.Report;
import org.jboss.logging.Logger;

/**
 * Reads voucher usage totals from {@code session-events}, a poll at a time (each voucher's
 * newest report in the poll applied, the vouchers read and written together); other session
 * events are not ours and are skipped. A value that is not a readable event is counted and logged,
 * never retried forever: the next totals for the same voucher supersede it anyway. The poll is
 * acknowledged once every voucher in it is written; a failure fails the channel
 * (failure-strategy=fail), and the poll is read again after a restart.
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
    public Uni<Void> consume(List<String> values) {
        List<Report> reports = new ArrayList<>();
        for (String value : values) {
            Report report = read(value);
            if (report != null) {
                reports.add(report);
            }
        }
        return usage.applyAll(reports);
    }

    /** The usage report in the value, or null for another session event or an unreadable value. */
    private Report read(String value) {
        byte[] json = value == null ? new byte[0] : value.getBytes(UTF_8);
        try {
            EventHeader header = codec.peek(json);
            if (!header.type().equals(VoucherUsage.TYPE.name())) {
                return null;
            }
            Event<VoucherUsage> event = codec.decode(json, VoucherUsage.TYPE);
            if (event.organizationId() == null || event.payload().voucherId() == null
                    || event.payload().asOf() == null) {
                // It could name no voucher, or be ordered against no other report: it would only stop the channel.
                throw new IllegalArgumentException(
                        "usage event " + event.id() + " lacks its organization, voucher or time");
            }
            return new Report(event.organizationId(), event.payload());
        } catch (EventFormatException | IllegalArgumentException e) {
            registry.counter("hotspot.voucher.usage.malformed").increment();
            LOG.warnf("Skipped an unreadable session event: %s", e.getMessage());
            return null;
        }
    }
}
