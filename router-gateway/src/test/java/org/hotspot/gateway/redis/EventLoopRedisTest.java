package org.hotspot.gateway.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hotspot.testing.KafkaTestResource;
import org.hotspot.testing.MongoTestResource;
import org.hotspot.testing.RedisTestResource;
import org.junit.jupiter.api.Test;

/**
 * Commands sent from an event loop travel on that loop's own connection, the reply comes back on
 * the same thread, and a connection Redis closes is replaced by the next command.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(MongoTestResource.class)
class EventLoopRedisTest {

    @Inject
    EventLoopRedis redis;

    @Inject
    Vertx vertx;

    @Test
    void eachEventLoopKeepsItsOwnConnectionAndGetsItsRepliesOnItsOwnThread() throws Exception {
        Context first = loopContext();
        Context second = loopContext();
        while (sameThread(first, second)) {
            second = loopContext();
        }

        Sent a = onContext(first, this::clientId);
        Sent b = onContext(first, this::clientId);
        Sent c = onContext(second, this::clientId);

        assertThat(a.id()).as("the same loop, the same connection").isEqualTo(b.id());
        assertThat(c.id()).as("another loop, another connection").isNotEqualTo(a.id());
        assertThat(a.replyThread()).as("reply handled where the command was sent").isEqualTo(a.sendThread());
        assertThat(c.replyThread()).isEqualTo(c.sendThread());
    }

    @Test
    void aConnectionRedisClosesIsReplacedByTheNextCommand() throws Exception {
        Context context = loopContext();
        long before = onContext(context, this::clientId).id();

        // Sent from the test thread, so through the pool: another connection kills the loop's.
        Response killed = redis.send(Request.cmd(Command.CLIENT).arg("KILL").arg("ID").arg(before))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(killed.toLong()).as("connections killed").isEqualTo(1L);

        // The command in flight when the connection went may fail; within a few tries one succeeds.
        long after = -1;
        for (int attempt = 0; attempt < 20 && after < 0; attempt++) {
            try {
                after = onContext(context, this::clientId).id();
            } catch (Exception lost) {
                Thread.sleep(50);
            }
        }
        assertThat(after).as("a new connection").isPositive().isNotEqualTo(before);
    }

    @Test
    void aCommandFromOutsideTheEventLoopsGoesThroughThePool() throws Exception {
        Response pong = redis.send(Request.cmd(Command.PING)).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        assertThat(pong.toString()).isEqualTo("PONG");
    }

    private record Sent(long id, String sendThread, String replyThread) {
    }

    private Future<Sent> clientId() {
        String sender = Thread.currentThread().getName();
        return redis.send(Request.cmd(Command.CLIENT).arg("ID"))
                .map(id -> new Sent(id.toLong(), sender, Thread.currentThread().getName()));
    }

    private Context loopContext() {
        VertxInternal internal = (VertxInternal) vertx;
        return internal.createEventLoopContext(internal.nettyEventLoopGroup().next(), null,
                Thread.currentThread().getContextClassLoader());
    }

    private static boolean sameThread(Context a, Context b) throws Exception {
        return threadOf(a).equals(threadOf(b));
    }

    private static String threadOf(Context context) throws Exception {
        Promise<String> name = Promise.promise();
        context.runOnContext(v -> name.complete(Thread.currentThread().getName()));
        return name.future().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Runs the work on the context, as a datagram handler runs, and waits for its result. */
    private static <T> T onContext(Context context, Supplier<Future<T>> work) throws Exception {
        Promise<T> result = Promise.promise();
        context.runOnContext(v -> work.get().onComplete(result));
        return result.future().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
