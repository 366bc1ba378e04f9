package org.hotspot.gateway.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hotspot.gateway.radius.io.LoopContext;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/**
 * Commands sent from an event loop travel on that loop's own connection, the reply comes back on
 * the same thread, and a connection Redis closes is replaced by the next command. Values a loop
 * read are kept until Redis says they changed (client tracking), never past its connection.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class EventLoopRedisTest {

    @Inject
    EventLoopRedis redis;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry meters;

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

    @Test
    void aValueALoopReadIsKeptUntilRedisChangesIt() throws Exception {
        Context context = loopContext();
        String key = "near-cache-" + UUID.randomUUID();
        set(key, "one");
        assertThat(onContext(context, () -> redis.mget(List.of(key)))).containsExactly("one");
        awaitAnsweredFromTheCopy(context, List.of(key), "one");

        set(key, "two");
        awaitValue(context, key, "two");
        del(key);
        awaitValue(context, key, null);
    }

    @Test
    void aKeyRedisDoesNotHoldIsKeptAbsentUntilItIsSet() throws Exception {
        Context context = loopContext();
        String absent = "near-cache-" + UUID.randomUUID();
        String present = "near-cache-" + UUID.randomUUID();
        set(present, "here");
        assertThat(onContext(context, () -> redis.mget(List.of(present, absent)))).containsExactly("here", null);
        awaitAnsweredFromTheCopy(context, List.of(present, absent), "here", null);

        set(absent, "now");
        awaitValue(context, absent, "now");
    }

    @Test
    void whatALoopKeptIsNotUsedOnceItsConnectionIsGone() throws Exception {
        Context context = loopContext();
        String key = "near-cache-" + UUID.randomUUID();
        set(key, "before");
        assertThat(onContext(context, () -> redis.mget(List.of(key)))).containsExactly("before");
        long connection = onContext(context, this::clientId).id();

        redis.send(Request.cmd(Command.CLIENT).arg("KILL").arg("ID").arg(connection))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        // Changed while the loop had no connection to hear of it.
        set(key, "after");

        awaitValue(context, key, "after");
    }

    @Test
    void repliesStayWithTheirCommandsAndTheCopyEndsCurrentWhileKeysChangeUnderneath() throws Exception {
        Context context = loopContext();
        String prefix = "near-cache-race-" + UUID.randomUUID() + "-";
        int keys = 64;
        for (int k = 0; k < keys; k++) {
            set(prefix + k, prefix + k + "=0");
        }
        // Another connection rewrites the keys the loop keeps reading, so invalidations keep arriving
        // while the loop has reads in flight (on Vert.x's client 4.5 a RESP3 push then took the place
        // of a reply: every later reply went to the next command).
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            SplittableRandom random = new SplittableRandom(7);
            for (int n = 1; writing.get(); n++) {
                int k = random.nextInt(keys);
                try {
                    set(prefix + k, prefix + k + "=" + n);
                } catch (Exception e) {
                    return;
                }
            }
        });
        writer.start();
        List<String> mismatches = new CopyOnWriteArrayList<>();
        try {
            for (int round = 0; round < 200; round++) {
                int base = round;
                AtomicInteger answered = new AtomicInteger();
                try {
                    onContext(context, () -> {
                        List<Future<List<String>>> reads = new ArrayList<>();
                        for (int i = 0; i < 32; i++) {
                            List<String> asked =
                                    List.of(prefix + (base + i) % keys, prefix + (base + 3 * i + 1) % keys);
                            reads.add(redis.mget(asked).onSuccess(values -> {
                                for (int v = 0; v < asked.size(); v++) {
                                    if (values.get(v) == null || !values.get(v).startsWith(asked.get(v) + "=")) {
                                        mismatches.add(asked.get(v) + " answered " + values.get(v));
                                    }
                                }
                            }).onComplete(done -> answered.incrementAndGet()));
                        }
                        return Future.all(reads).map(all -> null);
                    });
                } catch (Exception e) {
                    // A reply handed to the wrong command leaves the last one waiting for good.
                    throw new AssertionError("round " + round + ": " + answered.get() + " of 32 reads answered; "
                            + "values for other keys: " + mismatches, e);
                }
            }
        } finally {
            writing.set(false);
            writer.join(10_000);
        }
        assertThat(mismatches).as("values answered for other keys").isEmpty();

        // Every invalidation was sent by the time the last SET was answered: the copy must come to the
        // final values within moments (the test profile's lease is 30 s and entries live 60 s, so
        // nothing but the invalidations can bring them).
        for (int k = 0; k < keys; k++) {
            String key = prefix + k;
            String stored = redis.send(Request.cmd(Command.GET).arg(key)).toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS).toString();
            awaitValue(context, key, stored);
        }
    }

    /**
     * Reads until the loop answers every key from its copy, which it does once its invalidation
     * connection has answered a PING (the first read after connecting sends it); each read must give
     * the expected values.
     */
    private void awaitAnsweredFromTheCopy(Context context, List<String> keys, String... expected) throws Exception {
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); System.nanoTime() < deadline;) {
            double hits = hits();
            assertThat(onContext(context, () -> redis.mget(keys))).containsExactly(expected);
            if (hits() - hits == keys.size()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the loop never answered " + keys + " from its copy");
    }

    private void awaitValue(Context context, String key, String expected) throws Exception {
        List<String> seen = null;
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); System.nanoTime() < deadline;) {
            try {
                seen = onContext(context, () -> redis.mget(List.of(key)));
                if (Objects.equals(seen.get(0), expected)) {
                    return;
                }
            } catch (Exception lost) {
                // The command in flight when a connection went may fail; the next opens another.
            }
            Thread.sleep(20);
        }
        assertThat(seen).as("what the loop reads of " + key).containsExactly(expected);
    }

    private void set(String key, String value) throws Exception {
        redis.send(Request.cmd(Command.SET).arg(key).arg(value)).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    private void del(String key) throws Exception {
        redis.send(Request.cmd(Command.DEL).arg(key)).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    private double hits() {
        return meters.counter("hotspot.gateway.redis.near-cache", "result", "hit").count();
    }

    private record Sent(long id, String sendThread, String replyThread) {
    }

    private Future<Sent> clientId() {
        String sender = Thread.currentThread().getName();
        return redis.send(Request.cmd(Command.CLIENT).arg("ID"))
                .map(id -> new Sent(id.toLong(), sender, Thread.currentThread().getName()));
    }

    private Context loopContext() {
        return LoopContext.next(vertx).context();
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
