package org.hotspot.gateway.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.accounting.AccountingRecord;

/**
 * Puts accounting records on {@code accounting-records}. The Uni completes only when the broker has
 * the record (acks=all, idempotent producer), and the Accounting-Response waits for it: a router
 * whose record is not durable gets no answer and retransmits, so nothing is lost.
 */
@ApplicationScoped
public class AccountingPublisher {

    private final EventCodec codec = new EventCodec();
    private final Clock clock = Clock.systemUTC();
    private final MeterRegistry registry;

    @Inject
    @Channel(Channels.ACCOUNTING_OUT)
    MutinyEmitter<String> emitter;

    public AccountingPublisher(MeterRegistry registry) {
        this.registry = registry;
    }

    public Uni<Void> publish(String organizationId, AccountingRecord record) {
        Event<AccountingRecord> event = Event.of(AccountingRecord.TYPE, organizationId, record, clock);
        Message<String> message = Message.of(new String(codec.encode(event), UTF_8))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).build());
        return emitter.sendMessage(message)
                .invoke(() -> registry.counter("hotspot.gateway.accounting", "result", "published").increment())
                .onFailure()
                .invoke(e -> registry.counter("hotspot.gateway.accounting", "result", "failed").increment());
    }
}
