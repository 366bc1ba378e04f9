package org.hotspot.gateway.radius.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Binding a RADIUS port with several sockets, and refusing a port someone else holds. */
class RadiusServerTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void severalSocketsShareOnePortThatTheSystemPicked() throws Exception {
        RadiusServer<RadiusClient> server = server();
        await(server.listen(vertx, on("127.0.0.1"), 0, 3));
        assertThat(server.port()).isPositive();

        // Held by three sockets with SO_REUSEPORT, the port is still not free for a plain bind.
        assertThatThrownBy(() -> new DatagramSocket(server.port(), InetAddress.getLoopbackAddress()).close())
                .isInstanceOf(BindException.class);
        await(server.close());
        assertThat(bindsWithinASecond(server.port())).as("free again once closed").isTrue();
    }

    /** NIO releases a closed channel's socket at its selector's next wake-up, a moment after the close. */
    private static boolean bindsWithinASecond(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                new DatagramSocket(port, InetAddress.getLoopbackAddress()).close();
                return true;
            } catch (SocketException inUse) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    /** By default a wildcard is one socket, as before: it also sees addresses added after start. */
    @Test
    void aWildcardIsOneSocketUnlessEachAddressIsAsked() throws Exception {
        RadiusServer<RadiusClient> server = server();
        await(server.listen(vertx, on("0.0.0.0"), 0, 2));

        assertThat(server.addresses()).containsExactly(InetAddress.getByName("0.0.0.0"));
        assertThatThrownBy(() -> new DatagramSocket(server.port(), InetAddress.getByName("127.0.0.2")).close())
                .as("the wildcard holds every address, 127.0.0.2 too").isInstanceOf(BindException.class);
        await(server.close());
    }

    /**
     * A socket on the wildcard would answer a router that asked 127.0.0.2 from 127.0.0.1. Bound per
     * address, 127.0.0.2 (an address of lo's 127.0.0.0/8 but of no interface here) is left free.
     */
    @Test
    void aWildcardIsBoundOnEachAddressOfTheMachineWhenAsked() throws Exception {
        RadiusServer<RadiusClient> server = server();
        await(server.listen(vertx, ListenAddresses.of("0.0.0.0", true), 0, 2));

        assertThat(server.addresses()).contains(InetAddress.getLoopbackAddress())
                .noneMatch(InetAddress::isAnyLocalAddress);
        assertThatThrownBy(() -> new DatagramSocket(server.port(), InetAddress.getLoopbackAddress()).close())
                .isInstanceOf(BindException.class);
        new DatagramSocket(server.port(), InetAddress.getByName("127.0.0.2")).close();
        await(server.close());
    }

    /**
     * An address listed but taking no socket (EADDRNOTAVAIL: a tentative IPv6 address; here 192.0.2.1,
     * RFC 5737's documentation range, of no interface) is skipped rather than failing start.
     */
    @Test
    void aListedAddressThatTakesNoSocketIsSkipped() throws Exception {
        InetAddress unassigned = InetAddress.getByName("192.0.2.1");
        for (int sockets : new int[] {1, 2}) {
            RadiusServer<RadiusClient> server = server();
            await(server.listen(vertx, new ListenAddresses(List.of(unassigned, InetAddress.getLoopbackAddress()), true),
                    0, sockets));

            assertThat(server.addresses()).as("%d socket(s)", sockets)
                    .containsExactly(InetAddress.getLoopbackAddress());
            assertThatThrownBy(() -> new DatagramSocket(server.port(), InetAddress.getLoopbackAddress()).close())
                    .isInstanceOf(BindException.class);
            await(server.close());
        }
    }

    @Test
    void aPortAnotherProcessHoldsOnOneAddressFailsStartWhenEachAddressIsBound() throws Exception {
        try (DatagramSocket other = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            for (int sockets : new int[] {1, 2}) {
                RadiusServer<RadiusClient> server = server();
                assertThatThrownBy(() -> await(server.listen(vertx, ListenAddresses.of("0.0.0.0", true),
                        other.getLocalPort(), sockets)))
                        .as("%d socket(s)", sockets).hasMessageContaining("in use");
                assertThat(server.addresses()).isEmpty();
            }
        }
    }

    @Test
    void aPortAnotherProcessHoldsIsRefusedRatherThanShared() throws Exception {
        try (DatagramSocket other = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            RadiusServer<RadiusClient> server = server();
            assertThatThrownBy(() -> await(server.listen(vertx, on("127.0.0.1"), other.getLocalPort(), 2)))
                    .hasMessageContaining("is in use");
        }
    }

    @Test
    void aSecondServerCannotJoinARunningOne() throws Exception {
        RadiusServer<RadiusClient> first = server();
        await(first.listen(vertx, on("127.0.0.1"), 0, 2));
        RadiusServer<RadiusClient> second = server();
        assertThatThrownBy(() -> await(second.listen(vertx, on("127.0.0.1"), first.port(), 2)))
                .hasMessageContaining("is in use");
        await(first.close());
    }

    private static ListenAddresses on(String host) throws IOException {
        return ListenAddresses.of(host, false);
    }

    private static RadiusServer<RadiusClient> server() {
        return new RadiusServer<>("auth", null, null, new DuplicateCache(Duration.ofSeconds(5), 100),
                new SimpleMeterRegistry());
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
