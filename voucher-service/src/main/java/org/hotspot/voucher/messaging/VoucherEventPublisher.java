package org.hotspot.voucher.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventType;
import org.hotspot.voucher.Voucher.PendingEvent;

/**
 * Sends events to {@code voucher-events}, keyed so one voucher's (or one batch's) events stay in
 * order. Lifecycle events are first written into the voucher's outbox with the change itself and
 * sent from there ({@link OutboxRelay} resends what a crash left behind); progress events are sent
 * directly, since a lost progress tick is followed by the next.
 */
@ApplicationScoped
public class VoucherEventPublisher {

    private final EventCodec codec = new EventCodec();
    private final Clock clock = Clock.systemUTC();

    @Inject
    @Channel(Channels.VOUCHER_EVENTS_OUT)
    MutinyEmitter<String> emitter;

    /** The event encoded for an outbox, not yet sent. */
    public <P> PendingEvent pending(EventType<P> type, String organizationId, String key, P payload) {
        Event<P> event = Event.of(type, organizationId, payload, clock);
        PendingEvent pending = new PendingEvent();
        pending.eventId = event.id().toString();
        pending.key = key;
        pending.json = new String(codec.encode(event), UTF_8);
        pending.at = Instant.now(clock);
        return pending;
    }

    /** Sends an outbox entry; completes when the broker has it. */
    public Uni<Void> send(PendingEvent pending) {
        return emitter.sendMessage(Message.of(pending.json)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(pending.key).build()))
                .ifNoItem().after(Duration.ofSeconds(10)).fail();
    }

    /** Sends an event that may be lost without harm (progress ticks); never fails the caller. */
    public <P> Uni<Void> sendBestEffort(EventType<P> type, String organizationId, String key, P payload) {
        return send(pending(type, organizationId, key, payload))
                .onFailure().recoverWithNull();
    }
}
