package org.hotspot.gateway.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.RadiusFixture.counter;
import static org.hotspot.gateway.radius.RadiusFixture.nasIdentifier;
import static org.hotspot.gateway.radius.RadiusFixture.registerRouter;
import static org.hotspot.gateway.radius.RadiusFixture.secret;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.Topics;
import org.hotspot.events.router.CoaCommand;
import org.hotspot.events.router.CommandOutcome;
import org.hotspot.events.router.DisconnectCommand;
import org.hotspot.gateway.messaging.CommandConsumer;
import org.hotspot.gateway.service.SealedUserNames;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.Topic;
import org.hotspot.testing.WithAuthService;
import org.hotspot.testing.radius.NasRequest;
import org.hotspot.testing.radius.TestNas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Disconnect commands from {@code router-commands} reach a test router on loopback as RFC 5176
 * Disconnect-Requests it verifies with its own arithmetic, and what it answers comes back on
 * {@code router-events}: ACK, NAK with its Error-Cause, or a timeout after the retries.
 */
@QuarkusTest
@WithAuthService
class DisconnectTest {

    private final EventCodec codec = new EventCodec();

    @InjectAuthService
    AuthService auth;

    @InjectKafka
    String kafka;

    @Inject
    SealedUserNames userNames;

    private String organization;
    private String routerId;
    private TestNas nas;

    @BeforeEach
    void aRouterListeningForDisconnects() {
        String secret = secret();
        nas = TestNas.start(secret);
        organization = auth.newOrganization();
        routerId =
                registerRouter(auth.tokenFor(organization, "ORG_ADMIN"), nasIdentifier(), secret, "site-a", nas.port());
    }

    @AfterEach
    void stopTheRouter() {
        nas.close();
    }

    private DisconnectCommand disconnect(String session) {
        return disconnect(session, userNames.seal(routerId, session, "ABCDEFGHJK"));
    }

    private DisconnectCommand disconnect(String session, String sealedUserName) {
        DisconnectCommand command = new DisconnectCommand(UUID.randomUUID().toString(), routerId, session,
                sealedUserName, "10.5.50.23", "AA:BB:CC:00:11:22", "voucher-42", "data-quota");
        Topic.send(kafka, Topics.ROUTER_COMMANDS, routerId, new String(codec.encode(
                Event.of(DisconnectCommand.TYPE, organization, command, Clock.systemUTC())), StandardCharsets.UTF_8));
        return command;
    }

    private CommandOutcome outcome(DisconnectCommand command) {
        return outcome(command.commandId());
    }

    private CommandOutcome outcome(String commandId) {
        List<String> found = Topic.await(kafka, Topics.ROUTER_EVENTS, value -> value.contains(commandId),
                values -> !values.isEmpty(), Duration.ofSeconds(30));
        assertThat(found).as("an outcome for command " + commandId).hasSize(1);
        return codec.decode(found.get(0).getBytes(StandardCharsets.UTF_8), CommandOutcome.TYPE).payload();
    }

    @Test
    void aDisconnectRequestNamesTheSessionAndIsSignedAndTheAckComesBack() {
        Instant sent = Instant.now().minusSeconds(1);
        DisconnectCommand command = disconnect("81000001");

        NasRequest request = nas.awaitRequests(1, Duration.ofSeconds(30)).get(0);
        assertThat(request.code()).isEqualTo(NasRequest.DISCONNECT_REQUEST);
        assertThat(request.authenticatorValid()).as("Request Authenticator").isTrue();
        assertThat(request.hasMessageAuthenticator()).isTrue();
        assertThat(request.messageAuthenticatorValid()).isTrue();
        assertThat(request.userName()).isEqualTo("ABCDEFGHJK");
        assertThat(request.acctSessionId()).isEqualTo("81000001");
        assertThat(request.framedIpAddress()).isEqualTo("10.5.50.23");
        assertThat(request.eventTimestamp()).isAfter(sent);

        CommandOutcome outcome = outcome(command);
        assertThat(outcome.result()).isEqualTo(CommandOutcome.Result.ACK);
        assertThat(outcome.routerId()).isEqualTo(routerId);
        assertThat(outcome.acctSessionId()).isEqualTo("81000001");
        assertThat(outcome.attempts()).isEqualTo(1);
    }

    @Test
    void aSealedUserNameOfAnotherSessionDoesNotOpenAndTheRequestGoesWithoutIt() {
        double before = counter("hotspot_gateway_coa_user_name_total", "result=\"unreadable\"");

        CommandOutcome outcome = outcome(disconnect("81000006", userNames.seal(routerId, "81000099", "ABCDEFGHJK")));

        assertThat(outcome.result()).isEqualTo(CommandOutcome.Result.ACK);
        NasRequest request = nas.requests().get(0);
        assertThat(request.acctSessionId()).isEqualTo("81000006");
        assertThat(request.userName()).isNull();
        assertThat(counter("hotspot_gateway_coa_user_name_total", "result=\"unreadable\"")).isEqualTo(before + 1);
    }

    @Test
    void anUnreadableCommandIsParkedAndTheNextOneStillCarriedOut() {
        String marker = UUID.randomUUID().toString();
        String unreadable = "{\"id\":\"" + marker + "\",\"type\":\"DisconnectCommand\",\"payload\":";
        Topic.send(kafka, Topics.ROUTER_COMMANDS, routerId, unreadable);

        List<String> parked = Topic.await(kafka, CommandConsumer.DEAD_LETTERS, value -> value.contains(marker),
                values -> !values.isEmpty(), Duration.ofSeconds(30));
        assertThat(parked).containsExactly(unreadable);
        assertThat(outcome(disconnect("81000005")).result()).isEqualTo(CommandOutcome.Result.ACK);
    }

    @Test
    void aNakComesBackWithItsErrorCause() {
        nas.nak(TestNas.SESSION_CONTEXT_NOT_FOUND);

        CommandOutcome outcome = outcome(disconnect("81000002"));

        assertThat(outcome.result()).isEqualTo(CommandOutcome.Result.NAK);
        assertThat(outcome.errorCause()).isEqualTo(503);
    }

    @Test
    void anUnansweredRequestIsSentAgainWithTheSameIdentifier() {
        nas.noAnswerToFirst(2);

        CommandOutcome outcome = outcome(disconnect("81000003"));

        assertThat(outcome.result()).isEqualTo(CommandOutcome.Result.ACK);
        assertThat(outcome.attempts()).isEqualTo(3);
        List<NasRequest> received = nas.requests();
        assertThat(received).hasSize(3);
        assertThat(received).extracting(NasRequest::identifier).containsOnly(received.get(0).identifier());
    }

    @Test
    void aRouterThatNeverAnswersEndsInATimeoutAfterEveryAttempt() {
        nas.noAnswer();

        CommandOutcome outcome = outcome(disconnect("81000004"));

        assertThat(outcome.result()).isEqualTo(CommandOutcome.Result.TIMEOUT);
        assertThat(outcome.attempts()).isEqualTo(4);
        assertThat(nas.requests()).hasSize(4);
    }

    @Test
    void aCoaRequestCarriesTheNewRateLimitAndTimeAndItsAckComesBack() {
        CoaCommand command = new CoaCommand(UUID.randomUUID().toString(), routerId, "81000005",
                userNames.seal(routerId, "81000005", "ABCDEFGHJK"), "10.5.50.23", "AA:BB:CC:00:11:22", "voucher-42",
                "4M/8M", 1800L, null, "plan-changed");
        Topic.send(kafka, Topics.ROUTER_COMMANDS, routerId, new String(codec.encode(
                Event.of(CoaCommand.TYPE, organization, command, Clock.systemUTC())), StandardCharsets.UTF_8));

        NasRequest request = nas.awaitRequests(1, Duration.ofSeconds(30)).get(0);
        assertThat(request.code()).isEqualTo(NasRequest.COA_REQUEST);
        assertThat(request.authenticatorValid()).isTrue();
        assertThat(request.messageAuthenticatorValid()).isTrue();
        assertThat(request.acctSessionId()).isEqualTo("81000005");
        assertThat(request.userName()).isEqualTo("ABCDEFGHJK");
        assertThat(request.value("Mikrotik-Rate-Limit")).isEqualTo("4M/8M");
        assertThat(request.value("Session-Timeout")).isEqualTo("1800");

        CommandOutcome outcome = outcome(command.commandId());
        assertThat(outcome.kind()).isEqualTo("coa");
        assertThat(outcome.result()).isEqualTo(CommandOutcome.Result.ACK);
    }
}
