package org.hotspot.gateway.radius.io;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.datagram.DatagramPacket;
import io.vertx.core.datagram.DatagramSocket;
import io.vertx.core.datagram.DatagramSocketOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hotspot.gateway.radius.codec.Attributes;
import org.hotspot.gateway.radius.codec.Authenticators;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.MalformedPacketException;
import org.hotspot.gateway.radius.codec.PacketCodec;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.hotspot.gateway.service.NasRegistry;
import org.hotspot.gateway.service.NasRegistry.Nas;
import org.jboss.logging.Logger;

/**
 * One RADIUS port. Every datagram is checked before anyone decides anything: it must parse, come from
 * a known router, carry that router's authenticators, and carry a Message-Authenticator where the
 * router requires one. Anything else is dropped, logged at warning level (sampled per cause) and
 * counted in {@code hotspot.gateway.radius.dropped} by cause; RFC 2865 has no way to answer a client
 * that cannot prove it holds the secret. The checks are a few microseconds of hashing on the event
 * loop; the handler's work is asynchronous and never blocks it.
 */
public final class RadiusServer {

    private static final Logger LOG = Logger.getLogger(RadiusServer.class);
    /** A cause is logged at most once per this interval: a flood must not flood the log too. */
    private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;

    private final String name;
    private final RequestHandler handler;
    private final NasRegistry registry;
    private final DuplicateCache duplicates;
    private final MeterRegistry meters;
    private final Map<String, Counter> drops = new ConcurrentHashMap<>();
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();
    private final Counter received;
    private final Counter retransmitted;
    private DatagramSocket socket;

    public RadiusServer(String name, RequestHandler handler, NasRegistry registry, DuplicateCache duplicates,
            MeterRegistry meters) {
        this.name = name;
        this.handler = handler;
        this.registry = registry;
        this.duplicates = duplicates;
        this.meters = meters;
        this.received = meters.counter("hotspot.gateway.radius.received", "server", name);
        this.retransmitted = meters.counter("hotspot.gateway.radius.duplicates", "server", name);
    }

    /** Binds the port; completes when packets can arrive. */
    public Future<DatagramSocket> listen(Vertx vertx, String host, int port) {
        socket = vertx.createDatagramSocket(new DatagramSocketOptions()
                .setReceiveBufferSize(4 << 20).setSendBufferSize(1 << 20));
        socket.handler(this::onDatagram);
        socket.exceptionHandler(e -> LOG.warnf("RADIUS %s socket error: %s", name, e.getMessage()));
        return socket.listen(port, host);
    }

    public Future<Void> close() {
        return socket == null ? Future.succeededFuture() : socket.close();
    }

    /** The bound port (useful when configured as 0). */
    public int port() {
        return socket.localAddress().port();
    }

    private void onDatagram(DatagramPacket datagram) {
        received.increment();
        String host = datagram.sender().host();
        int port = datagram.sender().port();
        RadiusPacket request;
        try {
            byte[] data = datagram.data().getBytes();
            request = PacketCodec.decode(data, 0, data.length);
        } catch (MalformedPacketException e) {
            drop(e.cause(), host, e.getMessage());
            return;
        }
        if (!handler.accepts(request.code())) {
            drop("unexpected-code", host, "code " + request.code());
            return;
        }
        Nas nas = registry.match(host, request.text(Attributes.NAS_IDENTIFIER));
        if (nas == null) {
            drop("unknown-client", host, "NAS-Identifier " + request.text(Attributes.NAS_IDENTIFIER));
            return;
        }
        switch (Authenticators.checkRequest(request, nas.secret())) {
            case BAD_AUTHENTICATOR -> {
                drop("bad-authenticator", host, "router " + nas.router().id);
                return;
            }
            case BAD_MESSAGE_AUTHENTICATOR -> {
                drop("bad-message-authenticator", host, "router " + nas.router().id);
                return;
            }
            case VALID -> {
            }
        }
        if (!Authenticators.hasMessageAuthenticator(request) && (request.code() == Codes.STATUS_SERVER
                || request.code() == Codes.ACCESS_REQUEST && nas.router().requireMessageAuthenticator)) {
            drop("missing-message-authenticator", host, "router " + nas.router().id);
            return;
        }
        DuplicateCache.Key key = new DuplicateCache.Key(host, port, request.identifier(), request.authenticator());
        DuplicateCache.Seen seen = duplicates.begin(key);
        if (!seen.isNew()) {
            retransmitted.increment();
            if (seen.answer() != null) {
                socket.send(Buffer.buffer(seen.answer()), port, host);
            }
            return;
        }
        Uni<Answer> answer;
        try {
            answer = handler.handle(nas, request);
        } catch (RuntimeException e) {
            // A handler that throws rather than fail its Uni must not leave the request "in progress".
            answer = Uni.createFrom().failure(e);
        }
        answer.subscribe().with(
                done -> reply(key, nas, request, done),
                failure -> {
                    duplicates.unanswered(key);
                    drop("handler-failed", host, failure.toString());
                });
    }

    private void reply(DuplicateCache.Key key, Nas nas, RadiusPacket request, Answer answer) {
        if (answer == null) {
            duplicates.unanswered(key);
            return;
        }
        byte[] packet = PacketCodec.encode(answer.code(), request.identifier(), request.authenticator(),
                answer.attributes());
        Authenticators.signResponse(packet, request.authenticator(), nas.secret());
        duplicates.answered(key, packet);
        socket.send(Buffer.buffer(packet), key.port(), key.host());
    }

    private void drop(String cause, String host, String detail) {
        drops.computeIfAbsent(cause, c -> meters.counter("hotspot.gateway.radius.dropped", "server", name, "cause", c))
                .increment();
        long now = System.nanoTime();
        Long last = lastLogged.get(cause);
        if (last == null || now - last > LOG_INTERVAL_NANOS) {
            lastLogged.put(cause, now);
            LOG.warnf("RADIUS %s: dropped a packet from %s (%s): %s", name, host, cause, detail);
        }
    }
}
