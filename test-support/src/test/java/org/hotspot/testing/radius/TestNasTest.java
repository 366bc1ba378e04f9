package org.hotspot.testing.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * TestNas against FreeRADIUS's radclient as the sender: radclient signs the requests as RFC 5176
 * says and refuses any answer whose authenticators are wrong, so both directions are checked by
 * code that is not ours.
 */
class TestNasTest {

    private static final String SECRET = "nas-secret";

    private final TestNas nas = TestNas.start(SECRET);

    @AfterEach
    void stop() {
        nas.close();
    }

    private Radclient radclient(String secret) {
        return Radclient.to(nas.host(), nas.port(), secret).timeout(Duration.ofSeconds(1));
    }

    private static String[] disconnectOf(String user, String... more) {
        List<String> lines = new ArrayList<>(List.of(
                Radclient.text("User-Name", user),
                Radclient.text("Acct-Session-Id", "81000001"),
                "Framed-IP-Address = 10.5.0.9",
                "NAS-IP-Address = 192.0.2.1",
                Radclient.text("Calling-Station-Id", "AA-BB-CC-DD-EE-FF"),
                "Event-Timestamp = 1700000000"));
        lines.addAll(List.of(more));
        return lines.toArray(String[]::new);
    }

    @Test
    void signedDisconnectIsVerifiedRecordedAndAcknowledged() {
        Radclient.Reply reply = radclient(SECRET).disconnect(disconnectOf("ABC", "Message-Authenticator = 0x00"));

        assertThat(reply.code()).isEqualTo("Disconnect-ACK");
        assertThat(reply.attributes()).containsKey("Message-Authenticator");
        NasRequest request = nas.awaitRequests(1, Duration.ofSeconds(2)).get(0);
        assertThat(request.codeName()).isEqualTo("Disconnect-Request");
        assertThat(request.authenticatorValid()).isTrue();
        assertThat(request.hasMessageAuthenticator()).isTrue();
        assertThat(request.messageAuthenticatorValid()).isTrue();
        assertThat(request.answerCode()).isEqualTo(NasRequest.DISCONNECT_ACK);
        assertThat(request.userName()).isEqualTo("ABC");
        assertThat(request.acctSessionId()).isEqualTo("81000001");
        assertThat(request.framedIpAddress()).isEqualTo("10.5.0.9");
        assertThat(request.nasIpAddress()).isEqualTo("192.0.2.1");
        assertThat(request.callingStationId()).isEqualTo("AA-BB-CC-DD-EE-FF");
        assertThat(request.eventTimestamp()).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
        assertThat(request.attributesByName()).containsKeys("User-Name", "Message-Authenticator");
    }

    @Test
    void nakCarriesTheErrorCause() {
        nas.nak(TestNas.SESSION_CONTEXT_NOT_FOUND);

        Radclient.Reply reply = radclient(SECRET).disconnect(disconnectOf("ABC"));

        assertThat(reply.code()).isEqualTo("Disconnect-NAK");
        assertThat(reply.value("Error-Cause")).isEqualTo("Session-Context-Not-Found");
        assertThat(nas.requests().get(0).answerCode()).isEqualTo(NasRequest.DISCONNECT_NAK);
    }

    @Test
    void coaIsAcknowledgedOrRefusedAsSet() {
        Radclient.Reply ack = radclient(SECRET).coa(Radclient.text("User-Name", "ABC"),
                Radclient.text("Mikrotik-Rate-Limit", "1M/2M"));
        nas.nak(404);
        Radclient.Reply nak = radclient(SECRET).coa(Radclient.text("User-Name", "ABC"));

        assertThat(ack.code()).isEqualTo("CoA-ACK");
        assertThat(nak.code()).isEqualTo("CoA-NAK");
        assertThat(nak.value("Error-Cause")).isEqualTo("Invalid-Request");
        NasRequest first = nas.requests().get(0);
        assertThat(first.codeName()).isEqualTo("CoA-Request");
        assertThat(first.value("Mikrotik-Rate-Limit")).isEqualTo("1M/2M");
        assertThat(nas.requests()).extracting(NasRequest::answerCode).containsExactly(NasRequest.COA_ACK,
                NasRequest.COA_NAK);
    }

    @Test
    void silentRouterLetsEveryAttemptGoUnanswered() {
        nas.noAnswer();

        Radclient.Reply reply = radclient(SECRET).attempts(2).disconnect(disconnectOf("ABC"));

        assertThat(reply.answered()).isFalse();
        assertThat(nas.awaitRequests(2, Duration.ofSeconds(2))).allSatisfy(request -> {
            assertThat(request.authenticatorValid()).isTrue();
            assertThat(request.answered()).isFalse();
        });
    }

    @Test
    void retriesGetAnAnswerOnceTheFirstAttemptsWereIgnored() {
        nas.noAnswerToFirst(2).ack();

        Radclient.Reply reply = radclient(SECRET).attempts(3).disconnect(disconnectOf("ABC"));

        assertThat(reply.code()).isEqualTo("Disconnect-ACK");
        List<NasRequest> requests = nas.requests();
        assertThat(requests).extracting(NasRequest::answerCode).containsExactly(0, 0, NasRequest.DISCONNECT_ACK);
        assertThat(requests).extracting(NasRequest::identifier).containsOnly(requests.get(0).identifier());
    }

    @Test
    void requestWithAnotherSecretIsRecordedAsForgedAndNotAnswered() {
        Radclient.Reply reply =
                radclient("not-the-secret").disconnect(disconnectOf("ABC", "Message-Authenticator = 0x00"));

        assertThat(reply.answered()).isFalse();
        NasRequest request = nas.awaitRequests(1, Duration.ofSeconds(2)).get(0);
        assertThat(request.authenticatorValid()).isFalse();
        assertThat(request.hasMessageAuthenticator()).isTrue();
        assertThat(request.messageAuthenticatorValid()).isFalse();
        assertThat(request.answered()).isFalse();
    }

    @Test
    void hardenedRouterDropsRequestsWithoutMessageAuthenticator() {
        nas.requireMessageAuthenticator();

        Radclient.Reply unsigned = radclient(SECRET).disconnect(disconnectOf("ABC"));
        Radclient.Reply signed = radclient(SECRET).disconnect(disconnectOf("ABC", "Message-Authenticator = 0x00"));

        assertThat(unsigned.answered()).isFalse();
        assertThat(signed.code()).isEqualTo("Disconnect-ACK");
        assertThat(nas.requests()).extracting(NasRequest::hasMessageAuthenticator).containsExactly(false, true);
    }

    @Test
    void waitingForMoreRequestsThanCameFails() {
        radclient(SECRET).disconnect(disconnectOf("ABC"));

        assertThatThrownBy(() -> nas.awaitRequests(2, Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected 2 requests");
    }
}
