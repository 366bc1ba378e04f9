package org.hotspot.gateway.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.RadiusFixture.counter;
import static org.hotspot.gateway.radius.RadiusFixture.nasIdentifier;
import static org.hotspot.gateway.radius.RadiusFixture.registerRouter;
import static org.hotspot.gateway.radius.RadiusFixture.secret;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hotspot.events.Topics;
import org.hotspot.gateway.StoppableKafkaResource;
import org.hotspot.gateway.radius.codec.Attributes;
import org.hotspot.gateway.radius.codec.Authenticators;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.PacketCodec;
import org.hotspot.gateway.radius.codec.RadiusAttribute;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.AuthServiceTestResource;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.MongoTestResource;
import org.hotspot.testing.RedisTestResource;
import org.hotspot.testing.Topic;
import org.junit.jupiter.api.Test;

/**
 * The promise that accounting is never lost: while the broker is down the router gets no
 * Accounting-Response, so it keeps the record and retransmits; once the broker is back, the same
 * retransmission is answered and the record is on the topic.
 */
@QuarkusTest
@WithTestResource(StoppableKafkaResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(MongoTestResource.class)
@WithTestResource(AuthServiceTestResource.class)
class AccountingWhileKafkaIsDownTest {

    @InjectAuthService
    AuthService auth;

    @Inject
    RadiusPorts ports;

    @Test
    void noAccountingResponseWhileTheBrokerIsDownAndOneOnceItIsBack() throws Exception {
        String organization = auth.newOrganization();
        String nasIdentifier = nasIdentifier();
        String secret = secret();
        String routerId =
                registerRouter(auth.tokenFor(organization, "ORG_ADMIN"), nasIdentifier, secret, "site-a", 3799);
        String session = "81" + UUID.randomUUID().toString().substring(0, 6);

        try (DatagramSocket router = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            byte[] start = accountingRequest(1, nasIdentifier, session, secret);
            assertThat(exchange(router, start, Duration.ofSeconds(10))).as("answered while the broker is up")
                    .isNotNull();

            StoppableKafkaResource.stopBroker();
            byte[] interim = accountingRequest(3, nasIdentifier, session, secret);
            long deadline = System.nanoTime() + Duration.ofSeconds(14).toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(exchange(router, interim, Duration.ofSeconds(2))).as("no answer while the broker is down")
                        .isNull();
            }

            StoppableKafkaResource.startBroker();
            byte[] answer = null;
            for (int retransmission = 0; retransmission < 60 && answer == null; retransmission++) {
                answer = exchange(router, interim, Duration.ofSeconds(2));
            }
            assertThat(answer).as("answered once the broker is back").isNotNull();
            assertThat(PacketCodec.decode(answer).code()).isEqualTo(Codes.ACCOUNTING_RESPONSE);
        }
        List<String> onTopic = Topic.await(StoppableKafkaResource.bootstrapServers(), Topics.ACCOUNTING_RECORDS,
                value -> value.contains(routerId) && value.contains("INTERIM_UPDATE"), found -> !found.isEmpty(),
                Duration.ofSeconds(20));
        assertThat(onTopic).as("the record the router retransmitted is on the topic").isNotEmpty();
        assertThat(counter("hotspot_gateway_accounting_total", "result=\"failed\"")).isPositive();
    }

    /** Sends the request and waits for one answer; null when none comes in time. */
    private byte[] exchange(DatagramSocket socket, byte[] request, Duration wait) throws Exception {
        socket.send(
                new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), ports.accountingPort()));
        socket.setSoTimeout((int) wait.toMillis());
        DatagramPacket in = new DatagramPacket(new byte[4096], 4096);
        try {
            socket.receive(in);
            return Arrays.copyOf(in.getData(), in.getLength());
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    private static byte[] accountingRequest(int status, String nasIdentifier, String session, String secret) {
        byte[] packet = PacketCodec.encode(Codes.ACCOUNTING_REQUEST, status, new byte[16], List.of(
                RadiusAttribute.integer(Attributes.ACCT_STATUS_TYPE, status),
                RadiusAttribute.text(Attributes.ACCT_SESSION_ID, session),
                RadiusAttribute.text(Attributes.USER_NAME, "ABCDEFGHJK"),
                // The Class an Access-Accept gave, echoed as MikroTik does: the voucher is known without
                // asking voucher-service, which this test does not run (only the broker is in question here).
                RadiusAttribute.text(Attributes.CLASS, "hs1:voucher-1:s1"),
                RadiusAttribute.text(Attributes.NAS_IDENTIFIER, nasIdentifier),
                RadiusAttribute.text(Attributes.CALLING_STATION_ID, "AA:BB:CC:00:11:22"),
                RadiusAttribute.integer(Attributes.ACCT_INPUT_OCTETS, 1234),
                RadiusAttribute.integer(Attributes.ACCT_SESSION_TIME, 60)));
        Authenticators.signRequest(packet, secret.getBytes(StandardCharsets.UTF_8));
        return packet;
    }
}
