package org.hotspot.gateway.service;

import static org.hotspot.gateway.radius.codec.Attributes.*;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hotspot.events.router.CommandOutcome;
import org.hotspot.events.router.DisconnectCommand;
import org.hotspot.gateway.config.GatewayConfig;
import org.hotspot.gateway.radius.AccessReplies;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.RadiusAttribute;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.hotspot.gateway.radius.io.CoaClient;
import org.hotspot.gateway.service.NasRegistry.Nas;
import org.jboss.logging.Logger;

/**
 * Ends sessions on routers with an RFC 5176 Disconnect-Request to the router's CoA port, naming the
 * session by User-Name, Acct-Session-Id and Framed-IP-Address as RouterOS matches them, stamped with
 * Event-Timestamp (replay protection, §3.5) and a Message-Authenticator. What came of it is the outcome.
 */
@ApplicationScoped
public class DisconnectService {

    private static final Logger LOG = Logger.getLogger(DisconnectService.class);
    static final String KIND = "disconnect";

    private final NasRegistry registry;
    private final CoaClient coa;
    private final GatewayConfig config;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    public DisconnectService(Vertx vertx, NasRegistry registry, GatewayConfig config, MeterRegistry meters) {
        this.registry = registry;
        this.config = config;
        this.meters = meters;
        this.coa = new CoaClient(vertx, meters, config.coaAttempts(), config.coaTimeout());
    }

    void open(@Observes StartupEvent start) {
        coa.open(config.coaBindAddress()).toCompletionStage().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
    }

    void close(@Observes ShutdownEvent stop) {
        coa.close();
    }

    /** Sends the Disconnect-Request and answers with the outcome; an unknown router is a NAK without a request. */
    public Uni<CommandOutcome> disconnect(DisconnectCommand command) {
        Nas nas = registry.byId(command.routerId());
        if (nas == null) {
            LOG.warnf("Disconnect %s names router %s, which is not registered", command.commandId(), command.routerId());
            return Uni.createFrom().item(counted(outcome(command, CommandOutcome.Result.NAK, null, 0)));
        }
        return coa.send(nas.router().nasIp, nas.router().coaPort, nas.secret(), Codes.DISCONNECT_REQUEST,
                        attributes(command))
                .map(exchange -> counted(outcome(command, exchange)));
    }

    private List<RadiusAttribute> attributes(DisconnectCommand command) {
        List<RadiusAttribute> attributes = new ArrayList<>(6);
        attributes.add(AccessReplies.messageAuthenticator());
        if (command.userName() != null) {
            attributes.add(RadiusAttribute.text(USER_NAME, command.userName()));
        }
        if (command.acctSessionId() != null) {
            attributes.add(RadiusAttribute.text(ACCT_SESSION_ID, command.acctSessionId()));
        }
        byte[] ip = ipv4(command.framedIp());
        if (ip != null) {
            attributes.add(RadiusAttribute.of(FRAMED_IP_ADDRESS, ip));
        }
        if (command.mac() != null) {
            attributes.add(RadiusAttribute.text(CALLING_STATION_ID, command.mac()));
        }
        attributes.add(RadiusAttribute.integer(EVENT_TIMESTAMP, clock.instant().getEpochSecond()));
        return attributes;
    }

    private static CommandOutcome outcome(DisconnectCommand command, CoaClient.Exchange exchange) {
        RadiusPacket answer = exchange.answer();
        if (answer == null) {
            return outcome(command, CommandOutcome.Result.TIMEOUT, null, exchange.attempts());
        }
        if (answer.code() == Codes.DISCONNECT_ACK) {
            return outcome(command, CommandOutcome.Result.ACK, null, exchange.attempts());
        }
        long cause = answer.integer(ERROR_CAUSE);
        return outcome(command, CommandOutcome.Result.NAK, cause >= 0 ? (int) cause : null, exchange.attempts());
    }

    private static CommandOutcome outcome(DisconnectCommand command, CommandOutcome.Result result, Integer cause,
            int attempts) {
        return new CommandOutcome(command.commandId(), command.routerId(), command.acctSessionId(), KIND, result, cause,
                attempts);
    }

    private CommandOutcome counted(CommandOutcome outcome) {
        meters.counter("hotspot.gateway.coa", "kind", outcome.kind(), "result", outcome.result().name()).increment();
        return outcome;
    }

    /** The address as four octets; null for none or for an IPv6 address, which Framed-IP-Address cannot hold. */
    private static byte[] ipv4(String address) {
        if (address == null || !address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
