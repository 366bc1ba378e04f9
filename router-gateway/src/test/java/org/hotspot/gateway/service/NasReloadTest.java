package org.hotspot.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.RouterMode;
import org.hotspot.gateway.RouterStatus;
import org.hotspot.gateway.radius.RadiusPorts;
import org.hotspot.gateway.radius.codec.Attributes;
import org.hotspot.gateway.radius.codec.Authenticators;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.PacketCodec;
import org.hotspot.gateway.radius.codec.RadiusAttribute;
import org.hotspot.gateway.repository.RouterRepository;
import org.hotspot.testing.Management;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * A packet from an address the router table does not know is dropped and counted, and makes the
 * table reload: a router registered through another replica (written straight into MongoDB here)
 * is found by its next packet, not only by the periodic reload, which this test puts an hour away.
 * Packets come from addresses of 127.0.0.0/8 other than 127.0.0.1, as routers behind other addresses.
 */
@QuarkusTest
@TestProfile(NasReloadTest.NoPeriodicReload.class)
@WithAuthService
class NasReloadTest {

    /** Only a miss can make the table reload. */
    public static class NoPeriodicReload implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hotspot.gateway.nas-reload-interval", "1h");
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RadiusPorts ports;

    @Inject
    RouterRepository routers;

    @Inject
    SecretBox secrets;

    @Test
    void aPacketFromAnUnknownAddressIsDroppedAndCounted() throws Exception {
        double before = dropped();

        byte[] answer = accountingOn(unusedLoopbackAddress(), "hap-unknown", "secret-" + UUID.randomUUID(),
                Duration.ofMillis(500));

        assertThat(answer).as("no answer to a stranger").isNull();
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(dropped()).isEqualTo(before + 1));
    }

    @Test
    void aRouterRegisteredThroughAnotherReplicaIsFoundByTheReloadOnAMiss() throws Exception {
        String address = unusedLoopbackAddress();
        String nasIdentifier = "hap-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = "secret-" + UUID.randomUUID();
        registeredElsewhere(address, nasIdentifier, secret);

        byte[] answer = null;
        Instant deadline = Instant.now().plusSeconds(6);
        // The first packet is dropped (unknown yet) and reloads the table; a retransmission finds the router.
        while (answer == null && Instant.now().isBefore(deadline)) {
            answer = accountingOn(address, nasIdentifier, secret, Duration.ofMillis(500));
        }

        assertThat(answer).as("an Accounting-Response within 6 s, the periodic reload being an hour away").isNotNull();
        assertThat(answer[0] & 0xFF).isEqualTo(Codes.ACCOUNTING_RESPONSE);
    }

    /** A router as another replica's RouterService writes it, which this replica hears nothing of. */
    private void registeredElsewhere(String address, String nasIdentifier, String secret) {
        Router router = new Router();
        router.id = UUID.randomUUID().toString();
        router.organizationId = "org-" + UUID.randomUUID();
        router.name = nasIdentifier;
        router.site = "site-a";
        router.nasIdentifier = nasIdentifier;
        router.nasIp = address;
        router.addressKey = Router.addressKey(address, nasIdentifier);
        router.sealedRadiusSecret = secrets.seal(secret, RouterService.radiusContext(router.id));
        router.requireMessageAuthenticator = true;
        router.coaPort = 3799;
        router.mode = RouterMode.RADIUS;
        router.status = RouterStatus.UNKNOWN;
        router.createdAt = Instant.now();
        router.updatedAt = router.createdAt;
        routers.persist(router).await().atMost(Duration.ofSeconds(10));
    }

    /** Sends an Accounting-On from {@code address}; the answer, or null when none comes within {@code wait}. */
    private byte[] accountingOn(String address, String nasIdentifier, String secret, Duration wait) throws Exception {
        byte[] packet = PacketCodec.encode(Codes.ACCOUNTING_REQUEST, RANDOM.nextInt(256), new byte[16], List.of(
                RadiusAttribute.integer(Attributes.ACCT_STATUS_TYPE, 7),
                RadiusAttribute.text(Attributes.NAS_IDENTIFIER, nasIdentifier)));
        Authenticators.signRequest(packet, secret.getBytes(StandardCharsets.UTF_8));
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getByName(address))) {
            socket.setSoTimeout((int) wait.toMillis());
            socket.send(new DatagramPacket(packet, packet.length, InetAddress.getLoopbackAddress(),
                    ports.accountingPort()));
            DatagramPacket in = new DatagramPacket(new byte[4096], 4096);
            socket.receive(in);
            return Arrays.copyOf(in.getData(), in.getLength());
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    /** An address of 127.0.0.0/8 no test registers a router at. */
    private static String unusedLoopbackAddress() {
        return "127.77." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    }

    private static double dropped() {
        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return Arrays.stream(metrics.split("\n"))
                .filter(line -> line.startsWith("hotspot_gateway_radius_dropped_total{")
                        && line.contains("cause=\"unknown-client\"") && line.contains("server=\"acct\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
