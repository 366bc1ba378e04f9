package org.hotspot.gateway.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventFormatException;
import org.hotspot.events.EventHeader;
import org.hotspot.events.router.DisconnectCommand;
import org.hotspot.gateway.service.DisconnectService;
import org.jboss.logging.Logger;

/**
 * Commands from {@code router-commands}. Each is carried out on its own, without holding up the next
 * one: a router that does not answer takes up to its retries to time out, and a quota cut-off on
 * another router must not wait for it. A command is acknowledged only once its outcome is on
 * {@code router-events} (publishing is retried for a minute or so), so a gateway that stops midway
 * gets it again after its restart (a second Disconnect-Request for a session already gone is answered
 * with a NAK, which is harmless). A value that is not a
 * command we know is logged, counted and skipped.
 */
@ApplicationScoped
public class CommandConsumer {

    private static final Logger LOG = Logger.getLogger(CommandConsumer.class);

    private final EventCodec codec = new EventCodec();
    private final DisconnectService disconnects;
    private final RouterEventPublisher events;
    private final MeterRegistry meters;

    public CommandConsumer(DisconnectService disconnects, RouterEventPublisher events, MeterRegistry meters) {
        this.disconnects = disconnects;
        this.events = events;
        this.meters = meters;
    }

    @Incoming(Channels.COMMANDS_IN)
    public CompletionStage<Void> consume(Message<String> message) {
        Event<DisconnectCommand> command;
        try {
            byte[] json = message.getPayload() == null ? new byte[0] : message.getPayload().getBytes(UTF_8);
            EventHeader header = codec.peek(json);
            if (!header.type().equals(DisconnectCommand.TYPE.name())) {
                return message.ack();
            }
            command = codec.decode(json, DisconnectCommand.TYPE);
        } catch (EventFormatException | IllegalArgumentException e) {
            meters.counter("hotspot.gateway.commands.malformed").increment();
            LOG.warnf("Skipped an unreadable value on router-commands: %s", e.getMessage());
            return message.ack();
        }
        disconnects.disconnect(command.payload())
                .chain(outcome -> events.outcome(command.organizationId(), outcome)
                        .onFailure().retry().withBackOff(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(10))
                        .atMost(10))
                .subscribe().with(
                        done -> message.ack(),
                        failure -> {
                            meters.counter("hotspot.gateway.commands.failed").increment();
                            LOG.errorf("Outcome of command %s not published after retries: %s",
                                    command.payload().commandId(), failure.toString());
                            message.nack(failure);
                        });
        return CompletableFuture.completedFuture(null);
    }
}
