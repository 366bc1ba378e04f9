package org.hotspot.session.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventType;
import org.hotspot.events.router.DisconnectCommand;
import org.hotspot.events.session.SessionChanged;
import org.hotspot.events.session.VoucherUsage;

/**
 * What session-service tells others: session changes and voucher usage totals on
 * {@code session-events}, disconnect commands on {@code router-commands}. Each Uni completes once
 * the broker holds the event (acks=all), so a consumer acknowledges its input only after its output.
 */
@ApplicationScoped
public class SessionEventPublisher {

    /** Sends in flight at once from {@link #all}; below the Kafka sink's 1,024 and the emitter's buffer. */
    private static final int IN_FLIGHT = 128;

    private final EventCodec codec = new EventCodec();
    private final Clock clock = Clock.systemUTC();

    @Inject
    @Channel(Channels.SESSION_EVENTS_OUT)
    MutinyEmitter<String> sessionEvents;

    @Inject
    @Channel(Channels.ROUTER_COMMANDS_OUT)
    MutinyEmitter<String> routerCommands;

    public Uni<Void> usage(String organizationId, VoucherUsage usage) {
        return send(sessionEvents, VoucherUsage.TYPE, organizationId, usage, usage.voucherId());
    }

    public Uni<Void> changed(String organizationId, SessionChanged change) {
        return send(sessionEvents, SessionChanged.TYPE, organizationId, change, change.sessionKey());
    }

    /**
     * Waits for all these sends, a bounded number in flight at a time: a poll's hundreds of events
     * must not overrun the emitter's buffer, and are still sent side by side, not one round trip each.
     */
    public Uni<Void> all(List<Uni<Void>> sends) {
        if (sends.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(sends).usingConcurrencyOf(IN_FLIGHT).andFailFast()
                .replaceWithVoid();
    }

    public Uni<Void> disconnect(String organizationId, DisconnectCommand command) {
        return send(routerCommands, DisconnectCommand.TYPE, organizationId, command, command.routerId());
    }

    private <P> Uni<Void> send(MutinyEmitter<String> emitter, EventType<P> type, String organizationId, P payload,
            String key) {
        Event<P> event = Event.of(type, organizationId, payload, clock);
        return emitter.sendMessage(Message.of(new String(codec.encode(event), UTF_8))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()));
    }
}
