package org.hotspot.gateway.radius.io;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.datagram.DatagramPacket;
import io.vertx.core.datagram.DatagramSocket;
import io.vertx.core.datagram.DatagramSocketOptions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.hotspot.gateway.radius.codec.Authenticators;
import org.hotspot.gateway.radius.codec.MalformedPacketException;
import org.hotspot.gateway.radius.codec.PacketCodec;
import org.hotspot.gateway.radius.codec.RadiusAttribute;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.jboss.logging.Logger;

/**
 * The RFC 5176 client: sends Disconnect- and CoA-Requests to routers from one socket and matches each
 * answer to its request by the router's address and the identifier, accepting it only with a valid
 * Response Authenticator. An unanswered request is sent again, the same octets, after a timeout that
 * doubles each time, up to a number of attempts; at most 256 requests can be outstanding per router.
 */
public final class CoaClient {

    private static final Logger LOG = Logger.getLogger(CoaClient.class);

    /** The router's answer, or none after every attempt. */
    public record Exchange(RadiusPacket answer, int attempts) {
    }

    private final class Pending {
        final String host;
        final int port;
        final byte[] packet;
        final byte[] secret;
        final CompletableFuture<Exchange> result = new CompletableFuture<>();
        volatile int attempts;
        volatile long timer = -1;

        Pending(String host, int port, byte[] packet, byte[] secret) {
            this.host = host;
            this.port = port;
            this.packet = packet;
            this.secret = secret;
        }

        byte[] authenticator() {
            return Arrays.copyOfRange(packet, 4, 20);
        }
    }

    private final Vertx vertx;
    private final MeterRegistry meters;
    private final int maxAttempts;
    private final Duration firstTimeout;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Integer> nextIdentifier = new ConcurrentHashMap<>();
    private DatagramSocket socket;

    public CoaClient(Vertx vertx, MeterRegistry meters, int maxAttempts, Duration firstTimeout) {
        this.vertx = vertx;
        this.meters = meters;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.firstTimeout = firstTimeout;
    }

    public CompletionStage<Void> open(String bindAddress) {
        socket = vertx.createDatagramSocket(new DatagramSocketOptions());
        socket.handler(this::onAnswer);
        return socket.listen(0, bindAddress).<Void>mapEmpty().toCompletionStage();
    }

    public CompletionStage<Void> close() {
        return socket == null ? CompletableFuture.completedFuture(null) : socket.close().toCompletionStage();
    }

    /**
     * Sends a request of this code and attributes to the router, now; the answer or, after every
     * attempt, none.
     */
    public CompletionStage<Exchange> send(String host, int port, byte[] secret, int code,
            List<RadiusAttribute> attributes) {
        Pending request = reserve(host, port, secret, code, attributes);
        if (request == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "256 requests to " + host + " are outstanding already"));
        }
        transmit(request);
        return request.result;
    }

    /** Picks a free identifier for the router and builds the signed request with it. */
    private Pending reserve(String host, int port, byte[] secret, int code, List<RadiusAttribute> attributes) {
        for (int tries = 0; tries < 256; tries++) {
            int identifier = nextIdentifier.merge(host, 1, (old, one) -> (old + one) & 0xFF);
            String key = key(host, identifier);
            byte[] packet = PacketCodec.encode(code, identifier, new byte[16], attributes);
            Authenticators.signRequest(packet, secret);
            Pending request = new Pending(host, port, packet, secret);
            if (pending.putIfAbsent(key, request) == null) {
                return request;
            }
        }
        return null;
    }

    private void transmit(Pending request) {
        request.attempts++;
        socket.send(Buffer.buffer(request.packet), request.port, request.host);
        long wait = firstTimeout.toMillis() << Math.min(request.attempts - 1, 10);
        request.timer = vertx.setTimer(wait, tick -> onTimeout(request));
    }

    private void onTimeout(Pending request) {
        if (request.result.isDone()) {
            return;
        }
        if (request.attempts < maxAttempts) {
            meters.counter("hotspot.gateway.coa.retransmitted").increment();
            transmit(request);
            return;
        }
        if (pending.remove(key(request.host, request.packet[1] & 0xFF), request)) {
            request.result.complete(new Exchange(null, request.attempts));
        }
    }

    private void onAnswer(DatagramPacket datagram) {
        RadiusPacket answer;
        try {
            byte[] data = datagram.data().getBytes();
            answer = PacketCodec.decode(data, 0, data.length);
        } catch (MalformedPacketException e) {
            dropped("malformed", datagram.sender().host(), e.getMessage());
            return;
        }
        String key = key(datagram.sender().host(), answer.identifier());
        Pending request = pending.get(key);
        if (request == null) {
            dropped("unexpected", datagram.sender().host(), "no request with identifier " + answer.identifier());
            return;
        }
        if (Authenticators.checkResponse(answer, request.authenticator(),
                request.secret) != Authenticators.Check.VALID) {
            dropped("bad-authenticator", datagram.sender().host(), "identifier " + answer.identifier());
            return;
        }
        if (pending.remove(key, request)) {
            vertx.cancelTimer(request.timer);
            request.result.complete(new Exchange(answer, request.attempts));
        }
    }

    private void dropped(String cause, String host, String detail) {
        meters.counter("hotspot.gateway.coa.dropped", "cause", cause).increment();
        LOG.warnf("CoA client: dropped an answer from %s (%s): %s", host, cause, detail);
    }

    private static String key(String host, int identifier) {
        return host + "/" + identifier;
    }
}
