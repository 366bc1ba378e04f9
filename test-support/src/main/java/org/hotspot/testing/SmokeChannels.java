package org.hotspot.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventType;

/**
 * A producer and a consumer on the service's own Kafka connector and broker, for the smoke check:
 * an event encoded with the shared codec goes out, comes back, and decodes to the same event.
 */
@ApplicationScoped
public class SmokeChannels {

    /** The smoke event's payload. */
    public record Ping(String note) {
    }

    public static final EventType<Ping> PING = new EventType<>("SmokePing", 1, "hotspot-smoke", Ping.class);

    private final EventCodec codec = new EventCodec();
    private final Map<UUID, Event<Ping>> received = new ConcurrentHashMap<>();

    @Inject
    @Channel("smoke-out")
    Emitter<String> out;

    /** Publishes a ping; completes when the broker acknowledged it. */
    public CompletionStage<Void> publish(Event<Ping> event) {
        return out.send(new String(codec.encode(event), UTF_8));
    }

    /** A new ping event of the given organization. */
    public Event<Ping> newPing(String organizationId) {
        return Event.of(PING, organizationId, new Ping("smoke " + UUID.randomUUID()), Clock.systemUTC());
    }

    /** The event with that id as consumed back from the broker, waiting up to {@code timeout}. */
    public Event<Ping> awaitReceived(UUID id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Event<Ping> event = received.get(id);
            if (event != null) {
                return event;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return null;
    }

    @Incoming("smoke-in")
    void receive(String value) {
        Event<Ping> event = codec.decode(value.getBytes(UTF_8), PING);
        received.put(event.id(), event);
    }
}
