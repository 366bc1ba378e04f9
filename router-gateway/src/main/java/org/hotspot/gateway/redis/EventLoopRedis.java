package org.hotspot.gateway.redis;

import io.quarkus.redis.client.RedisOptionsCustomizer;
import io.quarkus.redis.runtime.client.config.RedisConfig;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private volatile Redis client;

    public EventLoopRedis(Vertx vertx, DefaultOptions options, Instance<Redis> pooled) {
        this.vertx = vertx;
        this.options = options;
        this.pooled = pooled;
    }

    /** Sends the command on this event loop's connection, or through the pooled client off the event loops. */
    public Future<Response> send(Request request) {
        Redis own = client();
        Context context = Vertx.currentContext();
        if (own == null || context == null || !context.isEventLoopContext() || !Context.isOnEventLoopThread()) {
            return pooled.get().send(request);
        }
        Thread loop = Thread.currentThread();
        Future<RedisConnection> connection = connections.get(loop);
        if (connection == null || connection.failed()) {
            connection = open(own, loop);
        }
        return connection.compose(c -> c.send(request));
    }

    private Redis client() {
        Redis own = client;
        if (own == null) {
            synchronized (this) {
                RedisOptions captured = options.get();
                if (client == null && captured != null) {
                    // Every event loop holds one connection for good: the pool must not make the last one wait.
                    client = Redis.createClient(vertx,
                            new RedisOptions(captured).setMaxPoolSize(Math.max(captured.getMaxPoolSize(), 64)));
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
        Future<RedisConnection> connection = own.connect()
                .onSuccess(c -> c.exceptionHandler(e -> forget(loop, c, e.toString()))
                        .endHandler(end -> forget(loop, c, "closed")))
                .onFailure(e -> LOG.warnf("Redis: no connection for %s: %s", loop.getName(), e.toString()));
        connections.put(loop, connection);
        return connection;
    }

    private void forget(Thread loop, RedisConnection lost, String why) {
        Future<RedisConnection> current = connections.get(loop);
        if (current != null && current.succeeded() && current.result() == lost) {
            connections.remove(loop, current);
            LOG.warnf("Redis: the connection of %s was lost (%s); the next command opens another", loop.getName(), why);
        }
    }
}
