package org.hotspot.gateway.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.client.RedisOptionsCustomizer;
import io.quarkus.redis.runtime.client.config.RedisConfig;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.ProtocolVersion;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.hotspot.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Redis commands sent on a connection that belongs to the calling event loop. The pooled client
 * lends any connection to any caller, so a RADIUS login read on one event loop had its command
 * written by another and its reply handed back across threads again: two thread hops and two
 * wake-ups per login, a measured quarter of router-gateway's CPU per re-login. Here each event loop
 * keeps one connection of its own, opened from that loop, and pipelines its commands on it: the
 * command is written and the reply handled on the thread that read the datagram, which then also
 * writes the answer.
 *
 * <p>The connection's options are the default Quarkus client's own, captured as Quarkus builds it
 * ({@link RedisOptionsCustomizer}), so host, password and TLS settings are configured once. A
 * connection that fails or closes is forgotten and the next command opens another; a command from
 * outside an event loop, or before the options are known, goes through the pooled client.
 */
@ApplicationScoped
public class EventLoopRedis {

    private static final Logger LOG = Logger.getLogger(EventLoopRedis.class);
    /** The least a PING may go unanswered before its invalidation connection is taken for dead. */
    private static final long SILENT_NANOS = TimeUnit.SECONDS.toNanos(5);

    /**
     * The default client's options as Quarkus builds them. Quarkus calls customizers before the
     * Vert.x instance exists, so this bean only keeps a copy.
     */
    @ApplicationScoped
    public static class DefaultOptions implements RedisOptionsCustomizer {

        private volatile RedisOptions options;

        @Override
        public void customize(String clientName, RedisOptions options) {
            if (RedisConfig.isDefaultClient(clientName)) {
                this.options = new RedisOptions(options);
            }
        }

        RedisOptions get() {
            return options;
        }
    }

    private final Vertx vertx;
    private final DefaultOptions options;
    private final Instance<Redis> pooled;
    private final Map<Thread, Future<RedisConnection>> connections = new ConcurrentHashMap<>();
    private final Map<Thread, LoopCache> caches = new ConcurrentHashMap<>();
    /** Each event loop's connection subscribed to Redis's invalidations of what the loop read. */
    private final Map<Thread, RedisConnection> listeners = new ConcurrentHashMap<>();
    private final Map<Thread, Context> loopContexts = new ConcurrentHashMap<>();
    private final int cacheCapacity;
    private final long cacheMaxAgeNanos;
    private final long cacheLeaseNanos;
    private final Counter hits;
    private final Counter misses;
    private volatile Redis client;

    public EventLoopRedis(Vertx vertx, DefaultOptions options, Instance<Redis> pooled, GatewayConfig config,
            MeterRegistry meters) {
        this.vertx = vertx;
        this.options = options;
        this.pooled = pooled;
        this.cacheCapacity = config.redis().redisNearCacheEntries();
        this.cacheMaxAgeNanos = config.redis().redisNearCacheMaxAge().toNanos();
        this.cacheLeaseNanos = config.redis().redisNearCacheLease().toNanos();
        this.hits = meters.counter("hotspot.gateway.redis.near-cache", "result", "hit");
        this.misses = meters.counter("hotspot.gateway.redis.near-cache", "result", "miss");
    }

    /**
     * The values of the keys (null where Redis has none), in their order. On an event loop, keys this
     * loop read before and Redis has not invalidated since are answered from its {@link LoopCache}
     * without a round trip; the others are read in one MGET.
     */
    public Future<List<String>> mget(List<String> keys) {
        LoopCache cache = ownClient() == null ? null : caches.get(Thread.currentThread());
        if (cache == null || !cache.enabled()) {
            return send(mgetOf(keys)).map(EventLoopRedis::values);
        }
        long now = System.nanoTime();
        boolean fresh = cache.fresh(now);
        if (!fresh) {
            confirm(Thread.currentThread(), cache, now);
        }
        String[] values = new String[keys.size()];
        List<Integer> missing = new ArrayList<>(0);
        for (int i = 0; i < values.length; i++) {
            LoopCache.Entry entry = fresh ? cache.get(keys.get(i), now) : null;
            if (entry == null) {
                missing.add(i);
            } else {
                values[i] = entry.value();
            }
        }
        hits.increment(keys.size() - missing.size());
        if (missing.isEmpty()) {
            return Future.succeededFuture(Arrays.asList(values));
        }
        misses.increment(missing.size());
        LoopCache.Read read = cache.reading(missing.stream().map(keys::get).toList());
        Thread loop = Thread.currentThread();
        Promise<List<String>> answered = Promise.promise();
        send(mgetOf(read.keys())).onComplete(reply -> onLoop(loop, () -> {
            List<String> fetched = reply.succeeded() ? values(reply.result()) : null;
            cache.read(read, fetched, now);
            if (fetched == null) {
                answered.fail(reply.cause());
                return;
            }
            for (int m = 0; m < missing.size(); m++) {
                values[missing.get(m)] = fetched.get(m);
            }
            answered.complete(Arrays.asList(values));
        }));
        return answered.future();
    }

    /**
     * Runs the work on the loop's own thread. A loop's {@link LoopCache} is touched by that thread
     * alone, and a connection may call back on another (its end, for one, was seen handled on another
     * event loop).
     */
    private void onLoop(Thread loop, Runnable work) {
        Context context = loopContexts.get(loop);
        if (Thread.currentThread() == loop || context == null) {
            work.run();
        } else {
            context.runOnContext(v -> work.run());
        }
    }

    /**
     * A PING on the loop's invalidation connection, whose PONG lets the copy answer again for a
     * lease; one that goes unanswered far past the lease means a connection dead without closing.
     */
    private void confirm(Thread loop, LoopCache cache, long now) {
        RedisConnection listener = listeners.get(loop);
        if (listener == null) {
            return;
        }
        if (cache.pingWaiting(now) > Math.max(5 * cacheLeaseNanos, SILENT_NANOS)) {
            Future<RedisConnection> current = connections.get(loop);
            if (current != null && current.succeeded()) {
                forget(loop, current.result(), "the invalidation connection did not answer a PING");
            }
            return;
        }
        if (cache.pingDue(now)) {
            // In RESP2 pub/sub mode the client may hand an invalidation to the PING's promise and the
            // PONG to the handler: both go to the same place.
            listener.send(Request.cmd(Command.PING)).onSuccess(reply -> onLoop(loop, () -> cache.onMessage(reply)));
        }
    }

    private static Request mgetOf(List<String> keys) {
        Request mget = Request.cmd(Command.MGET);
        keys.forEach(mget::arg);
        return mget;
    }

    private static List<String> values(Response reply) {
        List<String> values = new ArrayList<>(reply == null ? 0 : reply.size());
        if (reply != null) {
            for (Response value : reply) {
                values.add(value == null ? null : value.toString());
            }
        }
        return values;
    }

    /** Sends the command on this event loop's connection, or through the pooled client off the event loops. */
    public Future<Response> send(Request request) {
        Redis own = ownClient();
        if (own == null) {
            return pooled.get().send(request);
        }
        Thread loop = Thread.currentThread();
        Future<RedisConnection> connection = connections.get(loop);
        if (connection == null || connection.failed()) {
            connection = open(own, loop);
        }
        return connection.compose(c -> c.send(request));
    }

    /** The client of the event loops' own connections, or null when the caller is not on an event loop. */
    private Redis ownClient() {
        Redis own = client();
        Context context = Vertx.currentContext();
        return own == null || context == null || !context.isEventLoopContext() || !Context.isOnEventLoopThread()
                ? null : own;
    }

    private Redis client() {
        Redis own = client;
        if (own == null) {
            synchronized (this) {
                RedisOptions captured = options.get();
                if (client == null && captured != null) {
                    // Every event loop holds two connections for good: the pool must not make the last one wait.
                    // RESP2: Redis then sends no push on a command connection (see LoopCache).
                    client = Redis.createClient(vertx, new RedisOptions(captured)
                            .setMaxPoolSize(Math.max(captured.getMaxPoolSize(), 64))
                            .setPreferredProtocolVersion(ProtocolVersion.RESP2));
                }
                own = client;
            }
        }
        return own;
    }

    @PreDestroy
    void close() {
        Redis own = client;
        if (own != null) {
            own.close();
        }
    }

    private Future<RedisConnection> open(Redis own, Thread loop) {
        LoopCache cache =
                caches.computeIfAbsent(loop, t -> new LoopCache(cacheCapacity, cacheMaxAgeNanos, cacheLeaseNanos));
        loopContexts.put(loop, Vertx.currentContext());
        cache.lost();
        Future<RedisConnection> connection = own.connect()
                .compose(c -> track(own, c.exceptionHandler(e -> forget(loop, c, e.toString()))
                        .endHandler(end -> forget(loop, c, "closed")), loop, cache))
                .onFailure(e -> LOG.warnf("Redis: no connection for %s: %s", loop.getName(), e.toString()));
        connections.put(loop, connection);
        return connection;
    }

    /**
     * Opens the loop's invalidation connection, subscribed to Redis's invalidation channel, and
     * turns tracking on for the command connection with its invalidations sent there, so the loop
     * may keep what it reads. Without it (a Redis older than 6) every read goes to Redis.
     */
    private Future<RedisConnection> track(Redis own, RedisConnection data, Thread loop, LoopCache cache) {
        if (cacheCapacity <= 0) {
            return Future.succeededFuture(data);
        }
        return own.connect()
                .compose(listener -> {
                    listener.handler(message -> onLoop(loop, () -> cache.onMessage(message)))
                            .exceptionHandler(e -> forget(loop, data, "invalidation connection: " + e))
                            .endHandler(end -> forget(loop, data, "invalidation connection closed"));
                    listeners.put(loop, listener);
                    return listener.send(Request.cmd(Command.CLIENT).arg("ID"))
                            .compose(id -> listener.send(Request.cmd(Command.SUBSCRIBE).arg(LoopCache.INVALIDATIONS))
                                    .map(subscribed -> id.toLong()));
                })
                .compose(id -> data.send(Request.cmd(Command.CLIENT).arg("TRACKING").arg("ON").arg("REDIRECT").arg(id)))
                .map(on -> {
                    onLoop(loop, cache::tracking);
                    return data;
                })
                .recover(refused -> {
                    LOG.warnf("Redis: no client tracking (%s); every login reads Redis", refused.getMessage());
                    RedisConnection listener = listeners.remove(loop);
                    if (listener != null) {
                        retire(listener);
                    }
                    return Future.succeededFuture(data);
                });
    }

    private void forget(Thread loop, RedisConnection lost, String why) {
        onLoop(loop, () -> forgetOnLoop(loop, lost, why));
    }

    private void forgetOnLoop(Thread loop, RedisConnection lost, String why) {
        Future<RedisConnection> current = connections.get(loop);
        if (current != null && current.succeeded() && current.result() == lost) {
            LoopCache cache = caches.get(loop);
            if (cache != null) {
                cache.lost();
            }
            connections.remove(loop, current);
            RedisConnection listener = listeners.remove(loop);
            if (listener != null) {
                retire(listener);
            }
            retire(lost);
            LOG.warnf("Redis: the connection of %s was lost (%s); the next command opens another", loop.getName(), why);
        }
    }

    /**
     * Ends a connection for good. Not back to the pool: another loop would be lent a connection that
     * calls back on this one's thread, subscribed or tracking. QUIT makes Redis close it; one that is
     * dead already fails the command and is closed all the same.
     */
    private static void retire(RedisConnection connection) {
        connection.send(Request.cmd(Command.QUIT)).onComplete(done -> connection.close());
    }
}
