package org.hotspot.gateway.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventFormatException;
import org.hotspot.events.EventHeader;
import org.hotspot.events.router.CoaCommand;
import org.hotspot.events.router.CommandOutcome;
import org.hotspot.events.router.DisconnectCommand;
import org.hotspot.gateway.radius.coa.SessionCommands;
import org.jboss.logging.Logger;

/**
 * Commands from {@code router-commands}. Each is carried out on its own, without holding up the next
 * one: a router that does not answer takes up to its retries to time out, and a quota cut-off on
 * another router must not wait for it. A command is acknowledged only once its outcome is on
 * {@code router-events} (publishing is retried for a minute or so), so a gateway that stops midway
 * gets it again after its restart (a second Disconnect-Request for a session already gone is answered
 * with a NAK, which is harmless). A value that is not a readable command, and a command whose
 * outcome could not be published, is logged, counted and parked on {@value #DEAD_LETTERS} (the
 * channel's dead-letter queue: the value, the reason and its original place), never lost silently.
 * An event of another type is not ours and is skipped.
 */
@ApplicationScoped
public class CommandConsumer {

    private static final Logger LOG = Logger.getLogger(CommandConsumer.class);

    /** Where commands that could not be carried out are parked (application.properties names it too). */
    public static final String DEAD_LETTERS = "router-commands-dlq";

    private final EventCodec codec = new EventCodec();
    private final SessionCommands commands;
    private final RouterEventPublisher events;
    private final MeterRegistry meters;

    public CommandConsumer(SessionCommands commands, RouterEventPublisher events, MeterRegistry meters) {
        this.commands = commands;
        this.events = events;
        this.meters = meters;
    }

    @Incoming(Channels.COMMANDS_IN)
    public CompletionStage<Void> consume(Message<String> message) {
        String organizationId;
        String commandId;
        Uni<CommandOutcome> outcome;
        try {
            byte[] json = message.getPayload() == null ? new byte[0] : message.getPayload().getBytes(UTF_8);
            EventHeader header = codec.peek(json);
            if (header.type().equals(DisconnectCommand.TYPE.name())) {
                Event<DisconnectCommand> command = codec.decode(json, DisconnectCommand.TYPE);
                organizationId = command.organizationId();
                commandId = command.payload().commandId();
                outcome = commands.disconnect(command.payload());
            } else if (header.type().equals(CoaCommand.TYPE.name())) {
                Event<CoaCommand> command = codec.decode(json, CoaCommand.TYPE);
                organizationId = command.organizationId();
                commandId = command.payload().commandId();
                outcome = commands.change(command.payload());
            } else {
                return message.ack();
            }
        } catch (EventFormatException | IllegalArgumentException e) {
            meters.counter("hotspot.gateway.commands.malformed").increment();
            LOG.warnf("Parked an unreadable value of router-commands on %s: %s", DEAD_LETTERS, e.getMessage());
            return message.nack(e);
        }
        outcome.chain(result -> events.outcome(organizationId, result)
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(10)).atMost(10))
                .subscribe().with(
                        done -> message.ack(),
                        failure -> {
                            meters.counter("hotspot.gateway.commands.failed").increment();
                            LOG.errorf(
                                    "Outcome of command %s not published after retries, the command parked on %s: %s",
                                    commandId, DEAD_LETTERS, failure.toString());
                            message.nack(failure);
                        });
        return CompletableFuture.completedFuture(null);
    }
}
