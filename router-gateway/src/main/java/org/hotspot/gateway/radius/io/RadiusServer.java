package org.hotspot.gateway.radius.io;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioChannelOption;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.hotspot.gateway.radius.codec.Attributes;
import org.hotspot.gateway.radius.codec.Authenticators;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.MalformedPacketException;
import org.hotspot.gateway.radius.codec.PacketCodec;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.jboss.logging.Logger;

/**
 * One RADIUS port. Every datagram is checked before anyone decides anything: it must parse, come from
 * a known client ({@link RadiusClients}), carry that client's authenticators, and carry a
 * Message-Authenticator where the client requires one. Anything else is dropped, logged at warning level (sampled per cause) and
 * counted in {@code hotspot.gateway.radius.dropped} by cause; RFC 2865 has no way to answer a client
 * that cannot prove it holds the secret. The checks are a few microseconds of hashing on the event
 * loop; the handler's work is asynchronous and never blocks it.
 *
 * <p>The port is read by Netty datagram channels on Vert.x's own event loops rather than through a
 * Vert.x {@code DatagramSocket}: that one reads a single datagram per wake-up into a buffer as large
 * as the socket's receive buffer (a freshly zeroed 4 MiB for a 100-byte request, measured as a third
 * of the gateway's CPU under load), and cannot share a port between event loops. Here each datagram
 * lands in a 4,096-byte buffer (RFC 2865's largest packet), a wake-up reads up to 16 of them, the
 * kernel queue stays large for bursts, and with SO_REUSEPORT several channels, one per event loop,
 * share the port: the kernel hashes each router's address and port to one of them, so a router's
 * retransmissions reach the channel that saw the original. Handlers run on a Vert.x context of the
 * channel's event loop, as a Vert.x socket's would ({@link LoopContext}).
 */
public final class RadiusServer<C extends RadiusClient> {

    private static final Logger LOG = Logger.getLogger(RadiusServer.class);
    /** A cause is logged at most once per this interval: a flood must not flood the log too. */
    private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;
    /** RFC 2865 §3: the longest RADIUS packet. A longer datagram is cut here and fails to parse. */
    private static final int MAX_DATAGRAM = 4096;
    private static final int RECEIVE_BUFFER = 4 << 20;
    private static final int SEND_BUFFER = 1 << 20;

    private final String name;
    private final RequestHandler<C> handler;
    private final RadiusClients<C> clients;
    private final DuplicateCache duplicates;
    private final MeterRegistry meters;
    private final Map<String, Counter> drops = new ConcurrentHashMap<>();
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();
    private final Counter received;
    private final Counter retransmitted;
    private final List<Channel> channels = new ArrayList<>();
    private volatile int port = -1;
    private volatile List<InetAddress> boundAddresses = List.of();

    public RadiusServer(String name, RequestHandler<C> handler, RadiusClients<C> clients, DuplicateCache duplicates,
            MeterRegistry meters) {
        this.name = name;
        this.handler = handler;
        this.clients = clients;
        this.duplicates = duplicates;
        this.meters = meters;
        this.received = meters.counter("hotspot.gateway.radius.received", "server", name);
        this.retransmitted = meters.counter("hotspot.gateway.radius.duplicates", "server", name);
    }

    /**
     * Binds {@code sockets} channels to the port on each of {@code addresses}. Port 0: one the system
     * picks for the first address, the same for all sockets and addresses. Completes when packets can
     * arrive; on failure nothing stays bound.
     */
    public CompletionStage<Void> listen(Vertx vertx, ListenAddresses addresses, int port, int sockets) {
        if (sockets < 1) {
            throw new IllegalArgumentException("RADIUS " + name + ": sockets must be at least 1, was " + sockets);
        }
        return addresses.bindEach(name, address -> listenOn(vertx, address, this.port < 0 ? port : this.port, sockets))
                .onSuccess(bound -> boundAddresses = bound)
                .onFailure(failure -> close())
                .<Void>mapEmpty()
                .toCompletionStage();
    }

    private Future<Void> listenOn(Vertx vertx, InetAddress address, int port, int sockets) {
        if (sockets > 1 && port != 0) {
            try {
                ListenAddresses.ensureFree(name, address, port);
            } catch (IOException e) {
                return Future.failedFuture(e);
            }
        }
        Promise<Void> done = Promise.promise();
        bind(vertx, address.getHostAddress(), port, sockets, sockets > 1, done);
        return done.future();
    }

    private void bind(Vertx vertx, String host, int wanted, int remaining, boolean shared, Promise<Void> bound) {
        LoopContext context = LoopContext.next(vertx);
        Bootstrap bootstrap = new Bootstrap()
                .group(context.eventLoop())
                .channel(NioDatagramChannel.class)
                .option(ChannelOption.SO_RCVBUF, RECEIVE_BUFFER)
                .option(ChannelOption.SO_SNDBUF, SEND_BUFFER)
                .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_DATAGRAM))
                .handler(new Reader(context));
        if (shared) {
            bootstrap.option(NioChannelOption.of(StandardSocketOptions.SO_REUSEPORT), true);
        }
        ChannelFuture future = bootstrap.bind(host, wanted);
        future.addListener(done -> {
            if (!done.isSuccess()) {
                bound.tryFail(done.cause());
                return;
            }
            synchronized (channels) {
                channels.add(future.channel());
            }
            int actual = ((InetSocketAddress) future.channel().localAddress()).getPort();
            port = actual;
            if (remaining > 1) {
                bind(vertx, host, actual, remaining - 1, shared, bound);
            } else {
                bound.tryComplete();
            }
        });
    }

    public CompletionStage<Void> close() {
        List<Channel> open;
        synchronized (channels) {
            open = List.copyOf(channels);
            channels.clear();
        }
        List<Future<Void>> closed = new ArrayList<>();
        for (Channel channel : open) {
            Promise<Void> promise = Promise.promise();
            channel.close().addListener(done -> promise.tryComplete());
            closed.add(promise.future());
        }
        return Future.all(closed).<Void>mapEmpty().toCompletionStage();
    }

    /** The bound port (useful when configured as 0). */
    public int port() {
        return port;
    }

    /** The addresses the port is bound on, once {@link #listen} completed. */
    public List<InetAddress> addresses() {
        return boundAddresses;
    }

    /** One channel's reader: copies the datagram out of Netty's buffer and handles it on the channel's context. */
    private final class Reader extends SimpleChannelInboundHandler<DatagramPacket> {

        private final LoopContext context;

        Reader(LoopContext context) {
            this.context = context;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket datagram) {
            ByteBuf content = datagram.content();
            byte[] data = new byte[content.readableBytes()];
            content.getBytes(content.readerIndex(), data);
            Channel channel = ctx.channel();
            InetSocketAddress sender = datagram.sender();
            context.dispatch(() -> onDatagram(channel, sender, data));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.warnf("RADIUS %s socket error: %s", name, cause.getMessage());
        }
    }

    private void onDatagram(Channel channel, InetSocketAddress sender, byte[] data) {
        received.increment();
        String host = sender.getAddress().getHostAddress();
        int port = sender.getPort();
        RadiusPacket request;
        try {
            request = PacketCodec.decode(data, 0, data.length);
        } catch (MalformedPacketException e) {
            drop(e.cause(), host, e.getMessage());
            return;
        }
        if (!handler.accepts(request.code())) {
            drop("unexpected-code", host, "code " + request.code());
            return;
        }
        C client = clients.match(host, request.text(Attributes.NAS_IDENTIFIER));
        if (client == null) {
            drop("unknown-client", host, "NAS-Identifier " + request.text(Attributes.NAS_IDENTIFIER));
            return;
        }
        switch (Authenticators.checkRequest(request, client.secret())) {
            case BAD_AUTHENTICATOR -> {
                drop("bad-authenticator", host, client.logName());
                return;
            }
            case BAD_MESSAGE_AUTHENTICATOR -> {
                drop("bad-message-authenticator", host, client.logName());
                return;
            }
            case VALID -> {
            }
        }
        if (!Authenticators.hasMessageAuthenticator(request) && (request.code() == Codes.STATUS_SERVER
                || request.code() == Codes.ACCESS_REQUEST && client.requiresMessageAuthenticator())) {
            drop("missing-message-authenticator", host, client.logName());
            return;
        }
        DuplicateCache.Key key = DuplicateCache.Key.of(sender.getAddress(), port, request.identifier(),
                request.authenticator());
        DuplicateCache.Seen seen = duplicates.begin(key);
        if (!seen.isNew()) {
            retransmitted.increment();
            if (seen.answer() != null) {
                send(channel, seen.answer(), sender);
            }
            return;
        }
        CompletionStage<Answer> answer;
        try {
            answer = handler.handle(client, request);
        } catch (RuntimeException e) {
            // A handler that throws rather than fail its stage must not leave the request "in progress".
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((done, failure) -> {
            if (failure == null) {
                reply(channel, sender, key, client, request, done);
            } else {
                duplicates.unanswered(key);
                drop("handler-failed", host,
                        (failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                                : failure)
                                .toString());
            }
        });
    }

    private void reply(Channel channel, InetSocketAddress sender, DuplicateCache.Key key, C client,
            RadiusPacket request, Answer answer) {
        if (answer == null) {
            duplicates.unanswered(key);
            return;
        }
        byte[] packet = PacketCodec.encode(answer.code(), request.identifier(), request.authenticator(),
                answer.attributes());
        Authenticators.signResponse(packet, request.authenticator(), client.secret());
        duplicates.answered(key, packet);
        send(channel, packet, sender);
    }

    /** From any thread: Netty hands a write from elsewhere to the channel's event loop. */
    private void send(Channel channel, byte[] packet, InetSocketAddress recipient) {
        channel.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(packet), recipient), channel.voidPromise());
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
