package org.hotspot.gateway.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

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
import org.hotspot.events.router.CommandOutcome;

/** Puts command outcomes on {@code router-events}, keyed by router so one router's events stay in order. */
@ApplicationScoped
public class RouterEventPublisher {

    private final EventCodec codec = new EventCodec();
    private final Clock clock = Clock.systemUTC();

    @Inject
    @Channel(Channels.ROUTER_EVENTS_OUT)
    MutinyEmitter<String> emitter;

    public Uni<Void> outcome(String organizationId, CommandOutcome outcome) {
        Event<CommandOutcome> event = Event.of(CommandOutcome.TYPE, organizationId, outcome, clock);
        return emitter.sendMessage(Message.of(new String(codec.encode(event), UTF_8))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(outcome.routerId()).build()));
    }
}
