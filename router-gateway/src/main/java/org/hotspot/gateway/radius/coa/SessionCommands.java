package org.hotspot.gateway.radius.coa;

import static org.hotspot.gateway.radius.codec.Attributes.ACCT_SESSION_ID;
import static org.hotspot.gateway.radius.codec.Attributes.CALLING_STATION_ID;
import static org.hotspot.gateway.radius.codec.Attributes.ERROR_CAUSE;
import static org.hotspot.gateway.radius.codec.Attributes.EVENT_TIMESTAMP;
import static org.hotspot.gateway.radius.codec.Attributes.FRAMED_IP_ADDRESS;
import static org.hotspot.gateway.radius.codec.Attributes.MIKROTIK_RATE_LIMIT;
import static org.hotspot.gateway.radius.codec.Attributes.SESSION_TIMEOUT;
import static org.hotspot.gateway.radius.codec.Attributes.USER_NAME;
import static org.hotspot.gateway.radius.codec.Attributes.VENDOR_MIKROTIK;

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
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.events.router.CoaCommand;
import org.hotspot.events.router.CommandOutcome;
import org.hotspot.events.router.DisconnectCommand;
import org.hotspot.gateway.config.GatewayConfig;
import org.hotspot.gateway.radius.access.AccessReplies;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.RadiusAttribute;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.hotspot.gateway.radius.io.CoaClient;
import org.hotspot.gateway.service.NasRegistry;
import org.hotspot.gateway.service.NasRegistry.Nas;
import org.hotspot.gateway.service.SealedUserNames;
import org.jboss.logging.Logger;

/**
 * Commands for sessions on routers, as RFC 5176 requests to the router's CoA port: a
 * Disconnect-Request ends a session, a CoA-Request changes its rate limit, time or data. Both name
 * the session by User-Name, Acct-Session-Id and Framed-IP-Address as RouterOS matches them, and
 * carry Event-Timestamp (replay protection, §3.5) and a Message-Authenticator. What came of a
 * command is its outcome: ACK, NAK with the router's Error-Cause, or a timeout after the retries.
 *
 * <p>The User-Name comes sealed ({@link SealedUserNames}) and is opened only here, to be sent. One
 * that does not open (tampered, of another session, its key removed from the keyring) leaves the
 * request without User-Name, which RouterOS may still match by Acct-Session-Id and address; it is
 * counted in {@code hotspot.gateway.coa.user-name{result=unreadable}} and logged.
 */
@ApplicationScoped
public class SessionCommands {

    private static final Logger LOG = Logger.getLogger(SessionCommands.class);

    /** What differs between the two kinds of request. */
    private record Kind(String name, int request, int ack) {
    }

    private static final Kind DISCONNECT = new Kind("disconnect", Codes.DISCONNECT_REQUEST, Codes.DISCONNECT_ACK);
    private static final Kind COA = new Kind("coa", Codes.COA_REQUEST, Codes.COA_ACK);

    private final NasRegistry registry;
    private final SealedUserNames userNames;
    private final CoaClient coa;
    private final GatewayConfig.Coa config;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    public SessionCommands(Vertx vertx, NasRegistry registry, SealedUserNames userNames, GatewayConfig config,
            MeterRegistry meters) {
        this.registry = registry;
        this.userNames = userNames;
        this.config = config.coa();
        this.meters = meters;
        this.coa = new CoaClient(vertx, meters, this.config.coaAttempts(), this.config.coaTimeout());
    }

    void open(@Observes StartupEvent start) {
        coa.open(config.coaBindAddress()).toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
    }

    void close(@Observes ShutdownEvent stop) {
        coa.close();
    }

    public Uni<CommandOutcome> disconnect(DisconnectCommand command) {
        List<RadiusAttribute> attributes = session(userName(command.commandId(), command.routerId(),
                command.acctSessionId(), command.sealedUserName()), command.acctSessionId(), command.framedIp(),
                command.mac());
        return send(DISCONNECT, command.commandId(), command.routerId(), command.acctSessionId(), attributes);
    }

    public Uni<CommandOutcome> change(CoaCommand command) {
        List<RadiusAttribute> attributes = session(userName(command.commandId(), command.routerId(),
                command.acctSessionId(), command.sealedUserName()), command.acctSessionId(), command.framedIp(),
                command.mac());
        if (command.sessionTimeoutSeconds() != null) {
            attributes.add(
                    RadiusAttribute.integer(SESSION_TIMEOUT, AccessReplies.clamp(command.sessionTimeoutSeconds())));
        }
        if (command.rateLimit() != null) {
            attributes.add(RadiusAttribute.vendorText(VENDOR_MIKROTIK, MIKROTIK_RATE_LIMIT, command.rateLimit()));
        }
        AccessReplies.totalLimit(attributes, command.dataLeftBytes());
        return send(COA, command.commandId(), command.routerId(), command.acctSessionId(), attributes);
    }

    /** Sends the request and answers with the outcome; an unknown router is a NAK without a request. */
    private Uni<CommandOutcome> send(Kind kind, String commandId, String routerId, String acctSessionId,
            List<RadiusAttribute> attributes) {
        Nas nas = registry.byId(routerId);
        if (nas == null) {
            LOG.warnf("Command %s names router %s, which is not registered", commandId, routerId);
            return Uni.createFrom().item(counted(new CommandOutcome(commandId, routerId, acctSessionId, kind.name(),
                    CommandOutcome.Result.NAK, null, 0)));
        }
        attributes.add(RadiusAttribute.integer(EVENT_TIMESTAMP, clock.instant().getEpochSecond()));
        return Uni.createFrom()
                .completionStage(() -> coa.send(nas.router().nasIp, nas.router().coaPort, nas.secret(), kind.request(),
                        attributes))
                .map(exchange -> counted(outcome(kind, commandId, routerId, acctSessionId, exchange)));
    }

    /** The session's User-Name, opened; null when the command has none or one that does not open. */
    private String userName(String commandId, String routerId, String acctSessionId, String sealed) {
        if (sealed == null) {
            meters.counter("hotspot.gateway.coa.user-name", "result", "absent").increment();
            return null;
        }
        try {
            String userName = userNames.open(routerId, acctSessionId, sealed);
            meters.counter("hotspot.gateway.coa.user-name", "result", "opened").increment();
            return userName;
        } catch (SecretBox.SealedValueException e) {
            meters.counter("hotspot.gateway.coa.user-name", "result", "unreadable").increment();
            LOG.warnf("Command %s for session %s of router %s goes without User-Name: its sealed User-Name does not "
                    + "open (%s)", commandId, acctSessionId, routerId, e.getMessage());
            return null;
        }
    }

    private static List<RadiusAttribute> session(String userName, String acctSessionId, String framedIp, String mac) {
        List<RadiusAttribute> attributes = new ArrayList<>(10);
        attributes.add(AccessReplies.messageAuthenticator());
        if (userName != null) {
            attributes.add(RadiusAttribute.text(USER_NAME, userName));
        }
        if (acctSessionId != null) {
            attributes.add(RadiusAttribute.text(ACCT_SESSION_ID, acctSessionId));
        }
        byte[] ip = ipv4(framedIp);
        if (ip != null) {
            attributes.add(RadiusAttribute.of(FRAMED_IP_ADDRESS, ip));
        }
        if (mac != null) {
            attributes.add(RadiusAttribute.text(CALLING_STATION_ID, mac));
        }
        return attributes;
    }

    private static CommandOutcome outcome(Kind kind, String commandId, String routerId, String acctSessionId,
            CoaClient.Exchange exchange) {
        RadiusPacket answer = exchange.answer();
        CommandOutcome.Result result = answer == null ? CommandOutcome.Result.TIMEOUT
                : answer.code() == kind.ack() ? CommandOutcome.Result.ACK : CommandOutcome.Result.NAK;
        long cause = answer == null ? -1 : answer.integer(ERROR_CAUSE);
        return new CommandOutcome(commandId, routerId, acctSessionId, kind.name(), result,
                result == CommandOutcome.Result.NAK && cause >= 0 ? (int) cause : null, exchange.attempts());
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
